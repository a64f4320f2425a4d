package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.report.BatchReport;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.history.Outcome;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CampaignFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TestClocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finished batch whose replies were imported, run again into its folder (by the command line or the batch
 * screen, which share the run): the report keeps every recorded reply, so it and responses.csv still agree.
 */
@DataTest
class RunAgainKeepsRepliesTest {

    @TempDir
    Path dir;

    private Path report(Path out) {
        return out.resolve(BatchRunner.REPORT_FILE);
    }

    private Map<Integer, Optional<Outcome>> outcomes(Path out) throws Exception {
        return BatchReport.read(report(out)).lines().stream()
                .collect(Collectors.toMap(BatchReport.Line::row, BatchReport.Line::outcome));
    }

    /** The figures as the report now stands, written as the import writes them, to compare with responses.csv. */
    private String figuresNow(Path out) throws Exception {
        Path now = dir.resolve("figures-now.csv");
        ResponseFigures.of(BatchReport.read(report(out)), BatchFixtures.PARLIAMENT).writeCsv(now);
        return Files.readString(now, StandardCharsets.UTF_8);
    }

    private Path batchWithReplies() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        ReplyImport.run(out, CampaignFixtures.replies(dir), BatchFixtures.PARLIAMENT, HexMap.bundled(), TestClocks.FIXED);
        return out;
    }

    @Test
    void aFinishedBatchRunAgainKeepsTheRepliesItsReportRecorded() throws Exception {
        Path out = batchWithReplies();
        byte[] recorded = Files.readAllBytes(report(out));
        assertThat(outcomes(out)).containsEntry(2, Optional.of(Outcome.ANSWERED));

        CampaignFixtures.batch(dir); // the same batch again: nothing new to write

        assertThat(outcomes(out)).containsEntry(2, Optional.of(Outcome.ANSWERED))
                .containsEntry(3, Optional.of(Outcome.ACKNOWLEDGED)).containsEntry(4, Optional.of(Outcome.NONE))
                .containsEntry(7, Optional.empty());
        assertThat(Files.readString(report(out), StandardCharsets.UTF_8))
                .contains(",ann@example.org,answered,2026-11-27,\"A long reply about the bill\"\r\n")
                .contains(",shared@example.org,none,2026-11-27,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assertThat(Files.readAllBytes(report(out))).as("the report as the import left it").isEqualTo(recorded);
        assertThat(figuresNow(out)).as("the report and responses.csv agree")
                .isEqualTo(Files.readString(out.resolve(ReplyImport.RESPONSES_FILE), StandardCharsets.UTF_8));
    }

    @Test
    void aLetterWhoseFileWentMissingIsWrittenAgainAndTheRepliesStay() throws Exception {
        Path out = batchWithReplies();
        byte[] recorded = Files.readAllBytes(report(out));
        Path letter;
        try (var letters = Files.list(out.resolve(BatchRunner.LETTERS_FOLDER))) {
            letter = letters.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        Files.delete(letter);

        CampaignFixtures.batch(dir);

        assertThat(letter).as("written again").exists();
        assertThat(Files.readAllBytes(report(out))).isEqualTo(recorded);
        assertThat(figuresNow(out))
                .isEqualTo(Files.readString(out.resolve(ReplyImport.RESPONSES_FILE), StandardCharsets.UTF_8));
    }
}
