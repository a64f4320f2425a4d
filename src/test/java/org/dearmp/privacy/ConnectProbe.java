package org.dearmp.privacy;

import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The control for {@link NoNetworkTest}: a program that does try to connect, run in the same sandbox as the
 * app, so the test shows the sandbox really stops a connection (and that the trace sees the attempt).
 * Prints "connected" or "refused: why"; exits 0 only when it connected.
 */
public final class ConnectProbe {
    private ConnectProbe() {
    }

    public static void main(String[] args) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(args[0], Integer.parseInt(args[1])), 5000);
            System.out.println("connected");
        } catch (Exception e) {
            System.out.println("refused: " + e);
            System.exit(1);
        }
    }
}
