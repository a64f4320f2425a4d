package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.report.BatchReport;
import org.dearmp.batch.report.RepliesFile;
import org.dearmp.core.DearMpException;
import org.dearmp.history.Outcome;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CampaignFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TestClocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisers' figures from a real small batch and a made-up replies file with a bad line of each kind. */
@DataTest
class ReplyImportTest {

    @TempDir
    Path dir;

    private ReplyImport.Result importInto(Path out, Path replies) {
        return ReplyImport.run(out, replies, BatchFixtures.PARLIAMENT, HexMap.bundled(), TestClocks.FIXED);
    }

    @Test
    void goodLinesCountAndEveryBadLineIsListedByItsLine() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        assertThat(Files.readString(out.resolve(BatchRunner.REPORT_FILE)))
                .as("a fresh report has the reply columns, empty")
                .contains("\"Supporter email\",Outcome,\"Reply date\",\"Reply note\"\r\n")
                .contains(",ann@example.org,,,\r\n");

        ReplyImport.Result result = importInto(out, CampaignFixtures.replies(dir));

        assertThat(result.goodLines()).isEqualTo(4);
        Map<Integer, String> problems = result.problems().stream()
                .collect(Collectors.toMap(RepliesFile.Problem::fileRow, RepliesFile.Problem::message, (a, b) -> a + " | " + b));
        assertThat(problems).containsOnlyKeys(4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(problems.get(4)).isEqualTo("This email is on several rows of the report (4, 5): give the Row instead.");
        assertThat(problems.get(5)).isEqualTo("The report has no row 99.");
        assertThat(problems.get(6)).isEqualTo("No supporter in this batch has this email.");
        assertThat(problems.get(7)).isEqualTo(
                "Outcome \"maybe\" is not one of answered, not-answered, acknowledged, not-expected, none.");
        assertThat(problems.get(8)).isEqualTo("Row 6 got no letter in this batch (it was skipped).");
        assertThat(problems.get(9)).isEqualTo("Row 7 is given another outcome on line 10: neither is used.");
        assertThat(problems.get(10)).isEqualTo("Row 7 already has another outcome on line 9: neither is used.");
        assertThat(problems.get(11)).startsWith("No outcome given: use one of answered,");
        assertThat(problems.get(12)).isEqualTo("No row number or email: say whose letter this is.");
        assertThat(problems.get(13)).startsWith("Date \"32/13/2026\" is not a date");
        assertThat(result.everyLineGood()).isFalse();

        BatchReport report = BatchReport.read(out.resolve(BatchRunner.REPORT_FILE));
        Map<Integer, Optional<Outcome>> outcomes = report.lines().stream()
                .collect(Collectors.toMap(BatchReport.Line::row, BatchReport.Line::outcome));
        assertThat(outcomes).containsEntry(2, Optional.of(Outcome.ANSWERED)).containsEntry(3, Optional.of(Outcome.ACKNOWLEDGED))
                .containsEntry(4, Optional.of(Outcome.NONE)).containsEntry(7, Optional.empty());
        String reportText = Files.readString(out.resolve(BatchRunner.REPORT_FILE), StandardCharsets.UTF_8);
        assertThat(reportText).startsWith("\uFEFFRow,Supporter,")
                .contains(",ann@example.org,answered,2026-11-27,\"A long reply about the bill\"\r\n")
                .contains(",shared@example.org,none,2026-11-27,\"'=HYPERLINK(\"\"x\"\")\"\r\n");

        List<String> responses = Files.readAllLines(result.responses(), StandardCharsets.UTF_8);
        assertThat(responses).containsExactly(
                "\uFEFFConstituency,MP,Party,Region,Letters,Answered,\"Replied, but did not answer\",\"Only an acknowledgement\","
                        + "\"No reply expected\",\"No reply\",\"No outcome recorded yet\",\"Share answered\"",
                "\"Ynys Môn\",\"Llinos Medi\",\"Plaid Cymru\",Wales,2,0,0,1,0,1,0,\"0%\"",
                "\"Bolton South and Walkden\",\"Yasmin Qureshi\",Labour,\"North West\",1,0,0,0,0,0,1,\"0%\"",
                "\"Edinburgh East and Musselburgh\",\"Chris Murray\",Labour,Scotland,1,1,0,0,0,0,0,\"100%\"",
                "Total,,,,4,1,0,1,0,1,1,\"25%\"");
        assertThat(result.map()).exists();
    }

    @Test
    void aReplyDatedAfterTodayOrBeforeTheLettersIsABadLineAndIsNotRecorded() throws Exception {
        Path out = CampaignFixtures.batch(dir); // letters dated 27 November 2026; today is 27 November 2026
        Path replies = CampaignFixtures.write(dir.resolve("dates.csv"),
                "Row,Outcome,Date\n2,answered,2026-11-28\n3,acknowledged,26/11/2026\n4,none,27/11/2026\n");

        ReplyImport.Result result = importInto(out, replies);

        assertThat(result.problems()).extracting(RepliesFile.Problem::fileRow).containsExactly(2, 3);
        assertThat(result.problems().get(0).message()).isEqualTo(
                "Date \"2026-11-28\" is after today (27 November 2026): a reply cannot come from the future. Check the date.");
        assertThat(result.problems().get(1).message()).isEqualTo("Date \"26/11/2026\" is before the letters' date "
                + "(27 November 2026): a reply cannot come before the letter. Check the date.");
        assertThat(result.goodLines()).isEqualTo(1);
        Map<Integer, Optional<Outcome>> outcomes = BatchReport.read(out.resolve(BatchRunner.REPORT_FILE)).lines().stream()
                .collect(Collectors.toMap(BatchReport.Line::row, BatchReport.Line::outcome));
        assertThat(outcomes).containsEntry(2, Optional.empty()).containsEntry(3, Optional.empty())
                .containsEntry(4, Optional.of(Outcome.NONE));
    }

    @Test
    void anImportIntoAFolderABatchIsWritingIsRefusedAndChangesNothing() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        Path report = out.resolve(BatchRunner.REPORT_FILE);
        byte[] before = Files.readAllBytes(report);
        Path replies = CampaignFixtures.replies(dir);

        try (BatchFolderLock run = BatchFolderLock.take(out)) {
            assertThatThrownBy(() -> importInto(out, replies)).isInstanceOf(DearMpException.class)
                    .hasMessage("The batch folder " + out + " is in use right now: a batch is writing into it, or "
                            + "replies are being imported into it. Wait until that finishes, then import the replies "
                            + "again. Nothing was changed.");
        }
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
        assertThat(out.resolve(ReplyImport.RESPONSES_FILE)).doesNotExist();

        assertThat(importInto(out, replies).goodLines()).as("once the run is over").isEqualTo(4);
        assertThat(out.resolve(BatchFolderLock.FILE_NAME)).as("the import let the folder go").doesNotExist();
    }

    @Test
    void aReportWrittenInWelshIsReadByAnEnglishRunAndWelshHeadingsAreRead() throws Exception {
        org.dearmp.i18n.Language was = org.dearmp.i18n.Messages.language();
        Path out;
        try {
            org.dearmp.i18n.Messages.use(org.dearmp.i18n.Language.WELSH);
            out = CampaignFixtures.batch(dir);
        } finally {
            org.dearmp.i18n.Messages.use(was);
        }
        assertThat(Files.readString(out.resolve(BatchRunner.REPORT_FILE))).contains("Rhes,").contains("Canlyniad");
        Path replies = CampaignFixtures.write(dir.resolve("atebion.csv"), "Rhes,Canlyniad\n2,answered\n");

        ReplyImport.Result result = importInto(out, replies);

        assertThat(result.problems()).isEmpty();
        assertThat(result.goodLines()).isEqualTo(1);
        assertThat(BatchReport.read(out.resolve(BatchRunner.REPORT_FILE)).lines().stream()
                .filter(l -> l.row() == 2).findFirst().orElseThrow().outcome()).contains(Outcome.ANSWERED);
    }

    @Test
    void importingAgainReplacesARowsOutcomeAndKeepsTheOthers() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        importInto(out, CampaignFixtures.replies(dir));
        Path second = CampaignFixtures.write(dir.resolve("more.csv"), "row,OUTCOME\n3,answered\n7,not-expected\n");

        ReplyImport.Result result = importInto(out, second);

        assertThat(result.everyLineGood()).isTrue();
        assertThat(result.goodLines()).isEqualTo(2);
        assertThat(result.figures().total().count(Outcome.ANSWERED)).isEqualTo(2);
        assertThat(result.figures().total().count(Outcome.ACKNOWLEDGED)).isZero();
        assertThat(result.figures().total().count(Outcome.NOT_EXPECTED)).isEqualTo(1);
        assertThat(result.figures().total().noOutcome()).isZero();
        assertThat(Files.readAllLines(result.responses())).last().isEqualTo("Total,,,,4,2,0,0,1,1,0,\"50%\"");
    }

    @Test
    void aFolderThatIsNoBatchOrAFileWithoutTheColumnsIsRefusedWithAMessage() throws Exception {
        Path replies = CampaignFixtures.replies(dir);
        assertThatThrownBy(() -> importInto(dir, replies)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("is not a finished batch folder");
        Path out = CampaignFixtures.batch(dir);
        Path noOutcome = CampaignFixtures.write(dir.resolve("bad.csv"), "Row,Reply\n2,answered\n");
        assertThatThrownBy(() -> importInto(out, noOutcome)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("needs an Outcome column and a Row or Email column");
        assertThatThrownBy(() -> importInto(out, dir.resolve("missing.csv"))).isInstanceOf(DearMpException.class)
                .hasMessageContaining("Could not read the replies file");
        assertThat(BatchReport.read(out.resolve(BatchRunner.REPORT_FILE)).lines())
                .allSatisfy(line -> assertThat(line.outcome()).isEmpty());
    }

    @Test
    void aReportFromBeforeTheReplyColumnsGainsThem() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        Path report = out.resolve(BatchRunner.REPORT_FILE);
        String older = Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(0, line.lastIndexOf(",\"Supporter email\"") >= 0
                        ? line.lastIndexOf(",\"Supporter email\"") : nthCommaFromEnd(line, 4)))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        Files.writeString(report, older, StandardCharsets.UTF_8);
        assertThat(Files.readString(report)).doesNotContain("Outcome");

        ReplyImport.Result result = importInto(out, CampaignFixtures.write(dir.resolve("r.csv"), "Row,Outcome\n3,answered\n"));

        assertThat(result.everyLineGood()).isTrue();
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(",Notes,Outcome,\"Reply date\",\"Reply note\"");
        assertThat(lines.get(2)).startsWith("3,").endsWith(",answered,,");
        assertThat(lines.get(1)).startsWith("2,").endsWith(",,,");
    }

    private static int nthCommaFromEnd(String line, int n) {
        int at = line.length();
        for (int i = 0; i < n; i++) {
            at = line.lastIndexOf(',', at - 1);
        }
        return at;
    }
}
