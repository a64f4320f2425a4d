package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Files and outputs that are not what a command expects: a device, a pipe nobody writes to, a sparse file
 * of many gigabytes, a folder, a template whose sections multiply, a full standard output. Each row is
 * the command, what is wrong, the exit code and a fragment of the message; no row may hang, run out of
 * memory, or show the user a Java name.
 */
class HostileInputTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    private static final String HEADER = """
            ---
            id: %s
            title: Hostile
            summary: A template that is not what it seems.
            subject: A subject
            ask: Will you reply?
            ---
            Dear {{mp.name}},

            {{ask}}
            """;

    /** Six sections deep: the fifth, on line 15 of the file, is one too many. */
    private static final String TOO_DEEP = HEADER.formatted("too-deep")
            + "{{#points}}\n{{#points}}\n{{#points}}\n{{#points}}\n{{#points}}\n{{#points}}\n{{.}}\n"
            + "{{/points}}\n{{/points}}\n{{/points}}\n{{/points}}\n{{/points}}\n{{/points}}\n";

    /** Four deep is allowed, but three points to the fourth power of 1,300 characters is far past any letter. */
    private static final String MULTIPLIES = HEADER.formatted("multiplies")
            + "{{#points}}{{#points}}{{#points}}{{#points}}" + "All work and no play. ".repeat(60)
            + "{{/points}}{{/points}}{{/points}}{{/points}}\n";

    static Stream<Arguments> rows() {
        return Stream.of(
                // reads: template check
                Arguments.of(args("template", "check", "{ZERO}"), 2, "/dev/zero is not a file"),
                Arguments.of(args("template", "check", "{FIFO}"), 2, "pipe is not a file"),
                Arguments.of(args("template", "check", "{HUGE}"), 2,
                        "huge.txt is larger than 256 KB, the most a letter template can be"),
                Arguments.of(args("template", "check", "{DIR}"), 2, "is a folder, not a file"),
                // reads: template packs
                Arguments.of(args("template", "import", "{ZERO}"), 2, "/dev/zero is not a file"),
                Arguments.of(args("template", "import", "{FIFO}"), 2, "pipe is not a file"),
                Arguments.of(args("template", "import", "{HUGE}"), 2,
                        "huge.txt is larger than 16 MB, the most a template pack can be"),
                Arguments.of(args("template", "import", "{DIR}"), 2, "is a folder, not a file"),
                // reads: the MP list
                Arguments.of(args("mps", "import", "{ZERO}"), 2, "/dev/zero is not a file"),
                Arguments.of(args("mps", "import", "{FIFO_LIST}"), 2, "dfe_mp_lookup_2026-09-30.csv is not a file"),
                Arguments.of(args("mps", "import", "{HUGE_LIST}"), 2, "is larger than 16 MB, the most an MP list can be"),
                // reads: supporters files and mappings
                Arguments.of(args("batch", "--input", "{FIFO}", "--template", "stronger-laws", "--out", "{OUT}"), 2,
                        "pipe is not a file"),
                Arguments.of(args("batch", "--input", "{ZERO}", "--template", "stronger-laws", "--out", "{OUT}"), 2,
                        "/dev/zero is not a file"),
                Arguments.of(args("batch", "--input", "{HUGE}", "--template", "stronger-laws", "--out", "{OUT}"), 2,
                        "huge.txt is larger than 2,000 MB, the most a supporters file can be"),
                Arguments.of(args("lookup", "--csv", "{FIFO}"), 2, "pipe is not a file"),
                Arguments.of(args("batch", "--input", "{CSV}", "--template", "stronger-laws", "--out", "{OUT}",
                        "--mapping", "{FIFO}"), 2, "pipe is not a file"),
                Arguments.of(args("batch", "--input", "{CSV}", "--template", "stronger-laws", "--out", "{OUT}",
                        "--mapping", "{HUGE}"), 2, "is larger than 1 MB, the most a column mapping file can be"),
                // templates that multiply
                Arguments.of(args("template", "check", "{TOO_DEEP}"), 1,
                        "too-deep.txt:15:1: TOO_BIG: This section is inside more than 4 other sections"),
                Arguments.of(args("template", "check", "{MULTIPLIES}"), 1,
                        "multiplies.txt:11:1: TOO_BIG: A letter from this template would be more than 100,000 characters"),
                // writes onto special files
                Arguments.of(letterTo("/dev/full"), 2, "/dev/full is not an ordinary file"),
                Arguments.of(letterTo("{FIFO}"), 2, "pipe is not an ordinary file"),
                Arguments.of(args("template", "export", "stronger-laws", "--out", "/dev/full"), 2,
                        "/dev/full is not an ordinary file"),
                Arguments.of(args("template", "export", "stronger-laws", "--out", "{FIFO}"), 2,
                        "pipe is not an ordinary file"),
                Arguments.of(args("batch", "--input", "{CSV}", "--template", "stronger-laws", "--out", "{OUT}",
                        "--save-mapping", "/dev/full"), 2, "/dev/full is not an ordinary file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedPlainly(String[] args, int exitCode, String message) throws IOException {
        CliRun run = userData.run(resolve(args));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(exitCode);
        assertThat(run.out() + run.err()).contains(message);
        assertNoJava(run.out() + run.err());
    }

    @Test
    void aLineOfStandardInputThatNeverEndsIsRefusedNotHeld() {
        CliRun run = CliRun.withInput(userData.context(), "SW1A 0AA\n" + "\0".repeat(2_000_000), "lookup", "-");

        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.out()).contains("SW1A 0AA");
        assertThat(run.err()).contains("Line 2 of standard input is longer than 1,000 characters");
        assertNoJava(run.err());
    }

    @Test
    void aLetterToAFullStandardOutputIsAFailureNotSaved() throws IOException {
        PrintStream original = System.out;
        try (PrintStream full = new PrintStream(new FileOutputStream("/dev/full"), true)) {
            System.setOut(full);
            CliRun run = userData.run(letterTo("-"));

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err()).contains("Could not write to standard output").doesNotContain("written");
            assertNoJava(run.err());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void anyCommandPrintingToAFullStandardOutputFails() throws IOException {
        CommandLine cl = DearMpCommand.commandLine(userData.context());
        StringWriter err = new StringWriter();
        try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"), true, StandardCharsets.UTF_8)) {
            cl.setOut(full);
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("lookup", "SW1A 0AA");

            assertThat(code).isEqualTo(DearMpCommand.EXIT_USAGE);
            assertThat(err.toString()).contains("Could not write to standard output");
            assertNoJava(err.toString());
        }
    }

    private static String[] letterTo(String out) {
        return args("letter", "--postcode", "SW1A 0AA", "--template", "own-words", "--name", "A Writer",
                "--story", "I care about this.", "--format", "txt", "--out", out);
    }

    private static String[] args(String... args) {
        return args;
    }

    private String[] resolve(String[] args) throws IOException {
        String[] resolved = Arrays.copyOf(args, args.length);
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = switch (resolved[i]) {
                case "{ZERO}" -> "/dev/zero";
                case "{FIFO}" -> fifo("pipe").toString();
                case "{FIFO_LIST}" -> fifo("dfe_mp_lookup_2026-09-30.csv").toString();
                case "{HUGE}" -> sparse("huge.txt").toString();
                case "{HUGE_LIST}" -> sparse("dfe_mp_lookup_2026-09-30.csv").toString();
                case "{DIR}" -> Files.createDirectories(dir.resolve("folder.txt")).toString();
                case "{OUT}" -> dir.resolve("out").toString();
                case "{CSV}" -> Files.writeString(dir.resolve("ok.csv"), "Name,Postcode\r\nAnn Lee,EH1 1YH\r\n").toString();
                case "{TOO_DEEP}" -> Files.writeString(dir.resolve("too-deep.txt"), TOO_DEEP).toString();
                case "{MULTIPLIES}" -> Files.writeString(dir.resolve("multiplies.txt"), MULTIPLIES).toString();
                default -> resolved[i];
            };
        }
        return resolved;
    }

    /** A named pipe nobody writes to: opening it to read would wait for ever. */
    private Path fifo(String name) throws IOException {
        Path fifo = dir.resolve(name);
        if (!Files.exists(fifo)) {
            try {
                Process made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
                assumeTrue(made.waitFor() == 0, "mkfifo failed");
            } catch (IOException e) {
                assumeTrue(false, "no mkfifo here");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                assumeTrue(false, "interrupted");
            }
        }
        return fifo;
    }

    /** Ten gigabytes on paper, nothing on disk. */
    private Path sparse(String name) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(10L * 1024 * 1024 * 1024);
        }
        return file;
    }

    private static void assertNoJava(String output) {
        HostileCommandsTest.assertNoJava(output);
        assertThat(output).doesNotContain("at org.").doesNotContain("org.dearmp");
    }
}
