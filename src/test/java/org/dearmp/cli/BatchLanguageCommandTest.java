package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.batch.report.BatchManifest;
import org.dearmp.batch.run.BatchRunner;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "Cymraeg": an organiser who works in both languages runs a batch in English and again with
 * {@code --language cy}; the supporters file has problem rows (a bad postcode, Northern Ireland, a duplicate).
 */
@DataTest
class BatchLanguageCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private CliRun batch(Path csv, String template, Path out, String... language) {
        List<String> args = new java.util.ArrayList<>(List.of(language));
        args.addAll(List.of("batch", "--input", csv.toString(), "--template", template, "--out", out.toString()));
        return userData.run(args.toArray(String[]::new));
    }

    @Test
    void aFinishedBatchRunAgainInWelshIsAccepted() throws IOException {
        Path csv = BatchFixtures.messyCsv(dir);
        Path out = dir.resolve("runA");
        CliRun english = batch(csv, "stronger-laws", out);
        assertThat(english.exitCode()).isEqualTo(DearMpCommand.EXIT_SKIPPED);

        CliRun welsh = batch(csv, "stronger-laws", out, "--language", "cy");

        assertThat(welsh.exitCode()).as(welsh.err()).isEqualTo(DearMpCommand.EXIT_SKIPPED);
        assertThat(welsh.err()).doesNotContain("wnaed o ffeil");
    }

    @Test
    void anInterruptedEnglishBatchIsResumedInWelsh() throws IOException {
        Path csv = BatchFixtures.messyCsv(dir);
        Path out = dir.resolve("runB");
        batch(csv, "stronger-laws", out);
        // As a run killed after its first letters leaves the folder: two letters recorded, no report yet.
        Path manifest = out.resolve(BatchManifest.FILE_NAME);
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        Files.write(manifest, lines.subList(0, 3), StandardCharsets.UTF_8);
        Files.delete(out.resolve(BatchRunner.REPORT_FILE));

        CliRun welsh = batch(csv, "stronger-laws", out, "--language", "cy");

        assertThat(welsh.exitCode()).as(welsh.err()).isEqualTo(DearMpCommand.EXIT_SKIPPED);
        assertThat(welsh.out()).contains(Messages.in(Language.WELSH, "cli.batch.resumed", 2));
        assertThat(out.resolve(BatchRunner.REPORT_FILE)).exists();
    }

    @Test
    void anotherTemplateIntoAFinishedBatchsFolderCallsThatBatchFinished() throws IOException {
        Path csv = BatchFixtures.messyCsv(dir);
        Path out = dir.resolve("run3");
        batch(csv, "stronger-laws", out);

        CliRun other = batch(csv, "stronger-laws-cy", out);

        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("holds a finished batch made from another file").doesNotContain("unfinished");
    }
}
