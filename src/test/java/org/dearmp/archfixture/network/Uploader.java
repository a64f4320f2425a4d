package org.dearmp.archfixture.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;

/** Never run: what the no-network rule must catch, one way of reaching the network per method. */
final class Uploader {
    private Uploader() {
    }

    static void socket() throws IOException {
        try (Socket socket = new Socket("example.org", 80)) {
            socket.getOutputStream().write(1);
        }
    }

    static InetAddress lookup() throws IOException {
        return InetAddress.getByName("example.org");
    }

    static InputStream stream() throws IOException {
        return URI.create("https://example.org/").toURL().openStream();
    }
}
