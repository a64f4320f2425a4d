package org.dearmp.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM on the test class path, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux)
 * once it has printed a number of marker lines: what a crash or a power-off does to a run, short of the disk.
 * The test waits for markers, never for time, so a slow loaded machine only makes it wait longer.
 */
public final class KilledChild implements AutoCloseable {
    /** Far longer than a child needs to print a marker, even on a loaded machine: only a hung child meets it. */
    private static final long PATIENCE_SECONDS = 120;

    /** Put in the queue when the child's output closes: not a line a child prints. */
    private static final String EOF = "\u0000end";

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final StringBuilder errors = new StringBuilder();

    private KilledChild(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The pipe closes when the child dies: every line it wrote before has been read.
            } finally {
                lines.add(EOF);
                ended.countDown();
            }
        }, "killed-child-stdout");
        reader.setDaemon(true);
        reader.start();
        Thread errorReader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (errors) {
                        errors.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // as above
            }
        }, "killed-child-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Starts {@code java -cp <test class path> [jvmOptions] mainClass args}, with no display. */
    public static KilledChild start(Path workingFolder, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        try {
            return new KilledChild(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child has printed {@code count} lines starting with {@code marker} in all. */
    public void awaitMarkers(String marker, int count) throws InterruptedException {
        while (count(marker) < count) {
            String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("The child printed no line for " + PATIENCE_SECONDS + " s; it said: "
                        + errorsSoFar());
            }
            seen.add(line);
            if (line.equals(EOF)) {
                throw new AssertionError("The child ended before its marker " + count + ": " + seen + "; it said: "
                        + errorsSoFar());
            }
        }
    }

    /**
     * Kills the child with SIGKILL, waits for it to be gone, and returns every line it printed: also those it
     * wrote after the last marker awaited, before the kill arrived.
     */
    public List<String> killAndCollect() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The child did not die");
        }
        if (!ended.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The child's output did not close");
        }
        lines.drainTo(seen);
        return seen.stream().filter(l -> !l.equals(EOF)).toList();
    }

    /** Kills the child if the test did not (it failed first): a child left running would loop until the machine stops. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** How many lines printed so far start with {@code marker}. */
    private int count(String marker) {
        return (int) seen.stream().filter(l -> l.startsWith(marker)).count();
    }

    private String errorsSoFar() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    /** The number after {@code marker} on the last line that has it; 0 when none does. */
    public static int lastNumber(List<String> lines, String marker) {
        int last = 0;
        for (String line : lines) {
            if (line.startsWith(marker)) {
                last = Integer.parseInt(line.substring(marker.length()).strip());
            }
        }
        return last;
    }
}
