package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.batch.run.BatchRunner;
import org.dearmp.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} run again on its own folder, and counts said with the right plural. */
@DataTest
class BatchRunAgainTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private CliRun batch(Path csv, Path out) {
        return userData.run("batch", "--input", csv.toString(), "--template", "stronger-laws", "--out", out.toString(),
                "--on-problem", "skip");
    }

    private Path twoSupporters() throws IOException {
        return Files.writeString(dir.resolve("two.csv"), "Name,Postcode\r\nAnn Lee,EH1 1YH\r\nRhys Evans,LL59 5ER\r\n"
                + "Bad Row,XYZ 123\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void aFinishedBatchRunAgainIsNotCalledInterrupted() throws IOException {
        Path csv = twoSupporters();
        Path out = dir.resolve("out10");
        assertThat(batch(csv, out).out()).contains("Wrote 2 letters").contains("skipped 1 row;");
        CliRun again = batch(csv, out);
        assertThat(again.out()).contains("This folder already holds this finished batch (2 letters): nothing new was "
                + "written. Choose an empty folder to make the letters again.")
                .doesNotContain("Resumed").doesNotContain("interrupted");
    }

    @Test
    void aFinishedBatchRunAgainAfterRepliesWereImportedKeepsThemInTheReport() throws IOException {
        Path csv = org.dearmp.testsupport.CampaignFixtures.supporters(dir);
        Path out = dir.resolve("runA");
        assertThat(batch(csv, out).exitCode()).isEqualTo(5);
        Path replies = Files.writeString(dir.resolve("r.csv"), "Row,Outcome,Note\r\n2,answered,Will ask a question\r\n"
                + "3,acknowledged,\r\n", StandardCharsets.UTF_8);
        assertThat(userData.run("campaign", "replies", out.toString(), "--import", replies.toString()).out())
                .contains("Recorded 2 replies");
        String recorded = Files.readString(out.resolve(BatchRunner.REPORT_FILE), StandardCharsets.UTF_8);
        String responses = Files.readString(out.resolve("responses.csv"), StandardCharsets.UTF_8);

        CliRun again = batch(csv, out);

        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.out()).contains("nothing new was written");
        String report = Files.readString(out.resolve(BatchRunner.REPORT_FILE), StandardCharsets.UTF_8);
        assertThat(report).contains(",ann@example.org,answered,,\"Will ask a question\"\r\n")
                .contains(",rhys@example.org,acknowledged,,\r\n").isEqualTo(recorded);
        assertThat(userData.run("campaign", "replies", out.toString()).out()).as("the figures as the report stands")
                .contains("Edinburgh East and Musselburgh");
        assertThat(Files.readString(out.resolve("responses.csv"), StandardCharsets.UTF_8)).isEqualTo(responses);
    }

    @Test
    void aBatchIntoAFolderAnotherRunIsWritingIsRefusedWithExitTwo() throws IOException {
        Path csv = twoSupporters();
        Path out = Files.createDirectories(dir.resolve("busy"));
        try (var channel = java.nio.channels.FileChannel.open(out.resolve(".dear-mp-batch.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var held = channel.lock()) {
            CliRun refused = batch(csv, out);
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("Another batch is writing into").doesNotContain("Exception");
        }
        assertThat(batch(csv, out).out()).contains("Wrote 2 letters");
    }

    @Test
    void anInterruptedBatchRunAgainStillSaysItWasResumed() throws IOException {
        Path csv = twoSupporters();
        Path out = dir.resolve("out");
        batch(csv, out);
        Files.delete(out.resolve(BatchRunner.REPORT_FILE)); // as if stopped before the report was written
        CliRun again = batch(csv, out);
        assertThat(again.out()).contains("Resumed an interrupted batch: 2 letters were already written and were kept.")
                .doesNotContain("already holds this finished batch");
    }

    @Test
    void countsOfRowsLettersAndFilesArePlural() {
        assertThat(Messages.get("cli.batch.done", 1, 0, 1, 0.5)).contains("Wrote 1 letter (").contains("skipped 1 row;");
        assertThat(Messages.get("cli.batch.done", 0, 0, 0, 0.5)).contains("Wrote no letters").contains("skipped no rows;");
        assertThat(Messages.get("cli.batch.done", 1200, 0, 3, 0.5)).contains("Wrote 1,200 letters").contains("skipped 3 rows;");
        assertThat(Messages.get("ui.batch.result.written", 2, 0, 0, 1)).contains("skipped no rows")
                .contains("go to 1 constituency.");
        assertThat(Messages.get("cli.batch.seats", 1)).isEqualTo("Letters go to 1 constituency.");
        assertThat(Messages.get("cli.batch.resumed", 1)).contains("1 letter was already written and was kept");
        assertThat(Messages.get("ui.batch.finished.cleared", 1, "out")).contains("1 file removed");
        assertThat(Messages.get("cli.batch.progress", 1, 1)).isEqualTo("1 of 1 letter");
        assertThat(Messages.get("ui.batch.check.progress", 1)).isEqualTo("Checked 1 row…");
        assertThat(Messages.get("ui.letter.words", 1)).isEqualTo("1 word");
    }
}
