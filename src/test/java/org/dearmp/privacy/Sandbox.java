package org.dearmp.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM on the test class path with no network: {@code unshare -rn} gives it a network namespace of
 * its own with only a loopback that is down, so every connection fails, to the host's own ports too. When
 * strace is there the run is also traced, so an attempt the code caught and hid is still seen: every
 * connect, bind or send to an IPv4/IPv6 address by the process and its threads is listed in
 * {@link Run#inetTraffic()}. (Opening a socket is not listed: the JVM opens and closes one of each family
 * to learn whether IPv6 is there as soon as anything loads java.net.InetAddress, as picocli's converters do.)
 */
final class Sandbox {

    record Run(int exitCode, String out, String err, List<String> inetTraffic) {
    }

    private static final Pattern INET_TRAFFIC = Pattern.compile("(connect|bind|sendto|sendmsg)\\(.*sa_family=AF_INET6?\\b");

    private final Path folder;

    Sandbox(Path folder) {
        this.folder = folder;
    }

    /** True when this machine lets an ordinary user make a namespace with no network. */
    static boolean available() {
        return exitsZero("unshare", "-rn", "true");
    }

    static boolean canTrace() {
        return exitsZero("strace", "-f", "-e", "trace=connect", "-o", "/dev/null", "true");
    }

    /** {@code java [jvmOptions] mainClass args} with no network, its user data in {@code home}. */
    Run java(boolean sandboxed, Path home, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path trace = folder.resolve("trace.txt");
        Files.deleteIfExists(trace);
        List<String> command = new ArrayList<>();
        boolean traced = canTrace();
        if (traced) {
            command.addAll(List.of("strace", "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg", "-o", trace.toString()));
        }
        if (sandboxed) {
            command.addAll(List.of("unshare", "-rn"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Ddearmp.home=" + home, "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + Files.createDirectories(home.resolveSibling("tmp"))));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("DEAR_MP_HOME", home.toString());
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        List<String> sockets = new ArrayList<>();
        if (traced) {
            for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
                Matcher m = INET_TRAFFIC.matcher(line);
                if (m.find()) {
                    sockets.add(line);
                }
            }
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), sockets);
    }

    private static boolean exitsZero(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
