package org.dearmp.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.Launcher;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter and a batch, run as a user runs them (a fresh JVM) with every log line switched on: no name,
 * street or story of the writer or a supporter is in standard error, in the batch's standard output, in
 * any log file, or in anything left in the user data folder or the temporary folder. The log goes to
 * standard error (SLF4J simple, see DearMpCommand.configureLogging); the letters, the print file and the
 * report the user asked for are the only files that hold the data, and are not scanned.
 */
@DataTest
class PersonalDataInLogsTest {

    /** Every logger at its most talkative: more than --verbose (info) shows. */
    private static final List<String> ALL_LOGS = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace");

    @TempDir
    Path temp;

    @Test
    void aLetterLeavesNoPersonalDataInItsDiagnosticsOrLogs() throws Exception {
        Path pdf = temp.resolve("out").resolve("letter.pdf");
        Files.createDirectories(pdf.getParent());
        Sandbox.Run run = new Sandbox(temp).java(false, temp.resolve("home"), ALL_LOGS, Launcher.class.getName(),
                PrivacyRuns.letterArgs(pdf.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pdf).isNotEmptyFile();
        assertNoPersonalData(run.out(), "standard output (the letter went to a file)");
        assertNoPersonalData(run.err(), "standard error");
        assertNoPersonalDataInFilesLeftBehind();
    }

    @Test
    void aBatchLeavesNoPersonalDataInItsDiagnosticsOrLogs() throws Exception {
        Path out = temp.resolve("out").resolve("letters");
        Files.createDirectories(out.getParent());
        Sandbox.Run run = new Sandbox(temp).java(false, temp.resolve("home"), ALL_LOGS, Launcher.class.getName(),
                PrivacyRuns.batchArgs(PrivacyRuns.supporters(temp.resolve("out")), out));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(PrivacyRuns.EXIT_SKIPPED);
        assertThat(run.err() + run.out()).as("the refused row is reported").contains("XYZ 123");
        assertThat(Files.readString(out.resolve("report.csv"), StandardCharsets.UTF_8))
                .as("the control: the report asked for names the supporters").contains("Fothergill", "Baskerville");
        assertNoPersonalData(run.out(), "standard output");
        assertNoPersonalData(run.err(), "standard error");
        assertNoPersonalDataInFilesLeftBehind();
    }

    /** The control for the scan: a letter written to standard output holds the very values looked for. */
    @Test
    void theScanFindsTheDataWhereTheUserAskedForIt() throws Exception {
        String[] args = PrivacyRuns.letterArgs("-");
        List<String> toStdout = new ArrayList<>(List.of(args));
        toStdout.addAll(List.of("--format", "txt"));
        Sandbox.Run run = new Sandbox(temp).java(false, temp.resolve("home"), ALL_LOGS, Launcher.class.getName(),
                toStdout.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(PrivacyRuns.SENDER, PrivacyRuns.SENDER_STREET, PrivacyRuns.SENDER_STORY);
        assertNoPersonalData(run.err(), "standard error");
    }

    /** Everything but the folder of what the user asked for (out/): data folder, temp folder, any log. */
    private void assertNoPersonalDataInFilesLeftBehind() throws IOException {
        List<Path> scanned = new ArrayList<>();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.startsWith(temp.resolve("out"))) {
                    continue;
                }
                scanned.add(file);
                assertNoPersonalData(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        + new String(Files.readAllBytes(file), StandardCharsets.UTF_8), temp.relativize(file).toString());
            }
        }
        assertThat(scanned).as("standard output and error were scanned as files too").isNotEmpty();
    }

    private static void assertNoPersonalData(String text, String where) {
        for (String value : PrivacyRuns.personalData()) {
            assertThat(text).as(where + " holds \"" + value + "\"").doesNotContainIgnoringCase(value);
        }
    }
}
