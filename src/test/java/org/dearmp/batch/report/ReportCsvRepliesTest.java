package org.dearmp.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written again puts back the replies recorded in it, only in the rows of the same supporter. */
class ReportCsvRepliesTest {

    @TempDir
    Path dir;

    private static ReportRow row(int row, String email, ReportRow.Outcome outcome) {
        return new ReportRow(row, "Name " + row, "EH1 1YH", "Edinburgh East and Musselburgh", "Chris Murray",
                "mp@example.org", outcome == ReportRow.Outcome.SKIPPED ? "" : "letters/" + row + ".pdf", outcome, "",
                0.5, 0, 0, email);
    }

    @Test
    void recordedRepliesAreCarriedOverRowByRowToTheSameSupporterOnly() throws Exception {
        Path report = dir.resolve("report.csv");
        List<ReportRow> rows = List.of(row(2, "ann@example.org", ReportRow.Outcome.WRITTEN),
                row(3, "rhys@example.org", ReportRow.Outcome.WRITTEN), row(4, "", ReportRow.Outcome.WRITTEN),
                row(5, "tom@example.org", ReportRow.Outcome.WRITTEN));
        ReportCsv.write(report, rows);
        BatchReport.read(report).record(Map.of(
                2, new BatchReport.Reply(org.dearmp.history.Outcome.ANSWERED, java.util.Optional.of(
                        java.time.LocalDate.of(2026, 11, 30)), "=SUM(A1)"),
                3, new BatchReport.Reply(org.dearmp.history.Outcome.NONE, java.util.Optional.empty(), ""),
                4, new BatchReport.Reply(org.dearmp.history.Outcome.ACKNOWLEDGED, java.util.Optional.empty(), "x"),
                5, new BatchReport.Reply(org.dearmp.history.Outcome.NONE, java.util.Optional.empty(), "")));
        Map<Integer, BatchReport.Recorded> recorded = BatchReport.recordedReplies(report);
        assertThat(recorded).containsOnlyKeys(2, 3, 4, 5);
        assertThat(recorded.get(2)).isEqualTo(new BatchReport.Recorded("ann@example.org", "answered", "2026-11-30",
                "'=SUM(A1)"));

        // Row 3 now holds another supporter, row 5 got no letter: neither keeps a reply that was not theirs.
        ReportCsv.write(report, List.of(row(2, "ANN@example.org", ReportRow.Outcome.WRITTEN),
                row(3, "someone@example.org", ReportRow.Outcome.WRITTEN), row(4, "", ReportRow.Outcome.PDF_ONLY),
                row(5, "tom@example.org", ReportRow.Outcome.SKIPPED))::forEach, recorded);

        String text = Files.readString(report);
        assertThat(text).contains(",ANN@example.org,answered,2026-11-30,\"'=SUM(A1)\"\r\n")
                .contains(",someone@example.org,,,\r\n").contains(",,acknowledged,,x\r\n")
                .contains(",tom@example.org,,,\r\n").doesNotContain("''");
        assertThat(BatchReport.recordedReplies(dir.resolve("none.csv"))).isEmpty();
    }
}
