package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.PathTools;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a file the user named says why it could not: the file is missing, a folder, a
 * device, unreadable (permission denied) or too big, each in its own words, with the file's name and exit 2.
 */
class CliUnreadableReasonsTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    /** Where the file goes in each command line: {@code FILE} stands for it. */
    private static final List<String[]> READERS = List.of(
            new String[] {"template", "check", "FILE"},
            new String[] {"template", "import", "FILE"},
            new String[] {"mps", "import", "FILE"},
            new String[] {"lookup", "--csv", "FILE"},
            new String[] {"batch", "--input", "FILE", "--template", "stronger-laws", "--out", "OUT"},
            new String[] {"batch", "--input", "CSV", "--template", "stronger-laws", "--out", "OUT", "--mapping", "FILE"});

    /** {@code batch --template FILE} takes a name that is no ordinary file for an id, so only these apply. */
    private static final String[] TEMPLATE_FILE = {"batch", "--input", "CSV", "--template", "FILE", "--out", "OUT"};

    /** A reason and a fragment of what is said for it. */
    private static final List<String[]> REASONS = List.of(
            new String[] {"missing", "no"},
            new String[] {"folder", "is a folder, not a"},
            new String[] {"device", "is not a file (it is a device, a pipe or another special file)"},
            new String[] {"denied", "permission denied"},
            new String[] {"tooBig", "is larger than"});

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] reader : READERS) {
            for (String[] reason : REASONS) {
                rows.add(Arguments.of(String.join(" ", reader) + " / " + reason[0], reader, reason[0], reason[1]));
            }
        }
        for (String[] reason : REASONS.subList(3, 5)) {
            rows.add(Arguments.of(String.join(" ", TEMPLATE_FILE) + " / " + reason[0], TEMPLATE_FILE, reason[0], reason[1]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void saysWhyTheFileCannotBeRead(String name, String[] reader, String reason, String said) throws IOException {
        Path file = file(reason);
        List<String> args = new ArrayList<>();
        for (String arg : reader) {
            args.add(switch (arg) {
                case "FILE" -> file.toString();
                case "OUT" -> dir.resolve("out").toString();
                case "CSV" -> Files.writeString(dir.resolve("ok.csv"), "Name,Postcode\r\nAnn Lee,EH1 1YH\r\n").toString();
                default -> arg;
            });
        }

        CliRun run = userData.run(args.toArray(String[]::new));

        String all = run.out() + run.err();
        assertThat(run.exitCode()).as(all).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(all).contains(file.getFileName().toString());
        if (reason.equals("missing")) {
            assertThat(all.toLowerCase(java.util.Locale.ROOT)).containsAnyOf("there is no file", "there is no such file",
                    "there is no column mapping file");
        } else {
            assertThat(all).contains(said);
        }
        assertThat(all).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.dearmp.");
    }

    @org.junit.jupiter.api.Test
    void aTemplateInTheDirThatCannotBeReadIsNamedWithWhyAndTheRestStillList() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("more"));
        Path file = PathTools.unreadable(folder.resolve("locked.txt"));

        CliRun run = userData.run("templates", "--dir", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("stronger-laws");
        assertThat(run.err()).contains("The template file " + file + " cannot be read: permission denied.");
    }

    /** Named as an MP list must be, so {@code mps import} gets as far as reading it. */
    private Path file(String reason) throws IOException {
        Path file = dir.resolve("dfe_mp_lookup_2026-09-30.csv");
        switch (reason) {
            case "missing" -> {
                return file;
            }
            case "folder" -> {
                return Files.createDirectory(file);
            }
            case "device" -> {
                return Files.createSymbolicLink(file, Path.of("/dev/null"));
            }
            case "denied" -> {
                return PathTools.unreadable(file);
            }
            case "tooBig" -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(10L * 1024 * 1024 * 1024);
                }
                return file;
            }
            default -> throw new IllegalArgumentException(reason);
        }
    }
}
