package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CampaignFixtures;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Notes column of report.csv says what is true of each row, in words that stand on their own. */
@DataTest
class BatchReportNotesTest {

    private static final int NOTES = 9;

    @TempDir
    Path dir;

    /** The report's rows, each by its cells, after a batch of {@code supporters} with every problem row skipped. */
    private List<SupporterFile.RawRow> report(String supporters) throws Exception {
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(CampaignFixtures.write(dir.resolve("supporters.csv"), supporters));
        Path out = dir.resolve("out");
        try (BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE)) {
            check.applyDefault(DefaultPolicy.SKIP);
            service.write(check, service.template("stronger-laws"),
                    new BatchSettings(out, "stronger-laws", "Freedom Network", LocalDate.of(2026, 11, 27), 2), false,
                    BatchListener.NONE);
        }
        List<SupporterFile.RawRow> rows = new ArrayList<>();
        try (var it = SupporterFile.open(out.resolve(BatchRunner.REPORT_FILE)).rows()) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aChoiceOfSeatsNamesTheSeatsInTheNoteItself() throws Exception {
        List<SupporterFile.RawRow> rows = report("Name,Postcode,Story\r\n"
                + "Órfhlaith Ní Bhriain,bt1 1aa,I care about this.\r\n"
                + "Rhys Evans,LL59 5ZZ,So do I.\r\n");

        String ni = rows.get(0).cell(NOTES);
        assertThat(ni).doesNotContain("below")
                .startsWith("Postcode BT1 1AA is in Northern Ireland, whose postcodes are not in our data")
                .contains("From a rough guide, postcodes near it are in these constituencies, most likely first: "
                        + "Belfast South and Mid Down, Belfast North, Belfast West.")
                .endsWith("Choose the constituency: any of the 18 Northern Ireland seats can be chosen.");
        String unknown = rows.get(1).cell(NOTES);
        assertThat(unknown).doesNotContain("below").startsWith("Postcode LL59 5ZZ is not in our data")
                .contains("Postcodes near it are in these constituencies, most first: Ynys Môn")
                .endsWith("Choose the constituency.");
    }

    @Test
    void aBadEmailIsNotedOnASkippedRowAsOnAWrittenOne() throws Exception {
        List<SupporterFile.RawRow> rows = report("Name,Postcode,Email,Story\r\n"
                + "Órfhlaith Ní Bhriain,BT1 1AA,orla@@example.org,I care about this.\r\n"
                + "Ann Lee,EH1 1YH,ann@@example.org,I care about this.\r\n"
                + "Ann Lee,EH1 1YH,ann2@example,I care about this.\r\n");

        assertThat(rows.get(0).cell(7)).isEqualTo("Skipped");
        assertThat(rows.get(0).cell(NOTES)).startsWith("Postcode BT1 1AA is in Northern Ireland")
                .endsWith(" Email \"orla@@example.org\" cannot be used either: it has more than one @. Correct it too "
                        + "before this supporter's letter is written.");
        assertThat(rows.get(1).cell(7)).isEqualTo("Written");
        assertThat(rows.get(1).cell(NOTES)).isEqualTo("Email \"ann@@example.org\" cannot be used: it has more than "
                + "one @. The letter is written without it, so the MP will reply by post; correct it to include it.");
        assertThat(rows.get(2).cell(NOTES)).startsWith("The same supporter as row 3. Email \"ann2@example\" cannot be "
                + "used either: the part after the @ is not a domain name");
    }
}
