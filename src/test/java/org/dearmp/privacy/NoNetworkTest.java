package org.dearmp.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.Launcher;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter and a batch are made in a JVM that has no network at all, and (when strace is there) never try
 * to connect, bind or send to an IPv4 or IPv6 address. The control runs a program that does connect, in the same sandbox.
 */
@DataTest
class NoNetworkTest {

    @TempDir
    Path temp;
    private Sandbox sandbox;

    @BeforeEach
    void needsTheSandbox() {
        assumeTrue(Sandbox.available(), "unshare -rn is not allowed here");
        sandbox = new Sandbox(temp);
    }

    @Test
    void theControlConnectsOutsideTheSandboxAndIsStoppedInsideIt() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(server.getLocalPort());
            String host = server.getInetAddress().getHostAddress();
            Sandbox.Run open = sandbox.java(false, temp.resolve("home"), List.of(), ConnectProbe.class.getName(), host, port);
            assertThat(open.out()).as("the probe can connect").contains("connected");

            Sandbox.Run closed = sandbox.java(true, temp.resolve("home"), List.of(), ConnectProbe.class.getName(), host, port);
            assertThat(closed.exitCode()).isNotZero();
            assertThat(closed.out()).contains("refused").contains("unreachable");
            if (Sandbox.canTrace()) {
                assertThat(closed.inetTraffic()).as("the trace sees the attempt").isNotEmpty();
            }
        }
    }

    @Test
    void aLetterIsMadeWithNoNetworkAndNoConnectionAttempt() throws Exception {
        Path pdf = temp.resolve("letter.pdf");
        Sandbox.Run run = sandbox.java(true, temp.resolve("home"), List.of(), Launcher.class.getName(),
                PrivacyRuns.letterArgs(pdf.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pdf).isNotEmptyFile();
        assertThat(run.inetTraffic()).as("connections, binds or sends to an IPv4/IPv6 address").isEmpty();
    }

    @Test
    void aBatchIsMadeWithNoNetworkAndNoConnectionAttempt() throws Exception {
        Path out = temp.resolve("letters");
        Path supporters = PrivacyRuns.supporters(temp);
        Sandbox.Run run = sandbox.java(true, temp.resolve("home"), List.of(), Launcher.class.getName(),
                PrivacyRuns.batchArgs(supporters, out));
        assertThat(run.exitCode()).as(run.err()).isIn(0, PrivacyRuns.EXIT_SKIPPED);
        try (var letters = Files.list(out)) {
            assertThat(letters.filter(p -> p.toString().endsWith(".pdf")).count()).isPositive();
        }
        assertThat(run.inetTraffic()).as("connections, binds or sends to an IPv4/IPv6 address").isEmpty();
    }
}
