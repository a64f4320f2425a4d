package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print order a UK reader expects, and a plan that is the same every time. */
@DataTest
class BatchPlanTest {

    @TempDir
    Path dir;

    private int files;

    /** A file of its own each time: a plan reads its file again, and refuses one saved since its check. */
    private BatchCheck check(String rows) throws IOException {
        Path csv = dir.resolve("supporters-" + ++files + ".csv");
        Files.write(csv, ("First name,Last name,Address 1,Postcode\r\n" + rows).getBytes(StandardCharsets.UTF_8));
        SupporterFile file = SupporterFile.open(csv);
        BatchCheck check = BatchFixtures.service().check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        return check;
    }

    @Test
    void sortsBySeatThenSurnameThenNameIgnoringCaseAndAccentsFirst() throws IOException {
        // Ynys Môn (LL61 6YY), Cities of London and Westminster (SW1A 1AA), Edinburgh East and Musselburgh (EH1 1YH).
        BatchCheck check = check("""
                Siân,Ó Briain,1 Stryd,LL61 6YY\r
                Ann,obrien,2 Street,LL61 6YY\r
                Zoe,Abbott,3 Street,SW1A 1AA\r
                Émile,abbott,4 Street,SW1A 1AA\r
                Emile,Abbott,5 Street,SW1A 1AA\r
                Łukasz,Łoś,6 Street,EH1 1YH\r
                Luke,Lomax,7 Street,EH1 1YH\r
                Ann,obrien,8 Street,LL61 6YY\r
                """);

        BatchPlan plan = BatchPlan.of(check, "stronger-laws", "");

        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        List<CheckedRow> expected = new ArrayList<>(check.rows().stream().filter(CheckedRow::ready).toList());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
        expected.sort(Comparator.<CheckedRow, String>comparing(r -> r.constituency().name(), collator)
                .thenComparing(r -> r.supporter().surname(), collator)
                .thenComparing(r -> r.supporter().name(), collator)
                .thenComparingInt(CheckedRow::row));
        assertThat(plan.letters()).extracting(l -> l.row().row())
                .containsExactlyElementsOf(expected.stream().map(CheckedRow::row).toList());
        // Same surname but for case: the first names decide, accents counting after letters (Émile before Zoe).
        assertThat(plan.letters()).extracting(l -> l.supporter().firstName()).startsWith("Émile", "Zoe");
        assertThat(plan.letters()).extracting(BatchPlan.PlannedLetter::fileStem).doesNotHaveDuplicates();
    }

    @Test
    void theSameRowsGiveTheSamePlanAndHashInPrintOrderNotFileOrder() throws IOException {
        String rows = "Luke,Lomax,7 Street,EH1 1YH\r\nZoe,Abbott,3 Street,SW1A 1AA\r\n";
        BatchPlan once = BatchPlan.of(check(rows), "stronger-laws", "");
        BatchPlan again = BatchPlan.of(check(rows), "stronger-laws", "");
        assertThat(again.hash()).isEqualTo(once.hash());
        assertThat(once.letters()).extracting(l -> l.supporter().surname()).containsExactly("Abbott", "Lomax");
        assertThat(BatchPlan.of(check(rows), "another-template", "").hash()).isNotEqualTo(once.hash());
    }
}
