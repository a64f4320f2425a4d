package org.dearmp.batch.run;

import org.dearmp.batch.report.ReportCsv;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.report.ReportRow;
import org.dearmp.batch.report.SpreadsheetSafe;
import org.dearmp.export.ExportFileNames;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

    @TempDir
    Path dir;

    @Test
    void fileNamesAreSafeAndUniqueWhateverTheNameHolds() throws IOException {
        ExportFileNames.UniqueNames names = new ExportFileNames.UniqueNames();
        assertThat(names.unique("../../etc/passwd", "x")).isEqualTo("etc passwd");
        assertThat(names.unique("Dafydd ap Gwŷn: \"the boss\" <x>|?*", "x")).isEqualTo("Dafydd ap Gwŷn the boss x");
        assertThat(names.unique("CON", "x")).isEqualTo("_CON");
        assertThat(names.unique("nul.txt", "x")).isEqualTo("_nul.txt");
        assertThat(names.unique("  .hidden. ", "x")).isEqualTo("hidden");
        assertThat(names.unique("tab\there\u0000nul\u202Eevil", "x")).isEqualTo("tab here nul evil");
        assertThat(names.unique("", "Supporter on row 7")).isEqualTo("Supporter on row 7");
        assertThat(names.unique("Ann Lee", "x")).isEqualTo("Ann Lee");
        assertThat(names.unique("ANN LEE", "x")).isEqualTo("ANN LEE (2)");
        assertThat(names.unique("ann lee", "x")).isEqualTo("ann lee (3)");
        String longName = names.unique("Ŵ".repeat(300), "x");
        assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(160);
        // Every name can really be created, and none escapes the folder.
        for (String name : List.of("etc passwd", "_CON", "Dafydd ap Gwŷn the boss x", longName, "ANN LEE (2)")) {
            Path file = dir.resolve(name + ".pdf");
            Files.writeString(file, "x");
            assertThat(file.getParent()).isEqualTo(dir);
        }
    }

    @Test
    void cellsThatCouldRunAsFormulasBecomeText() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://evil\",\"Click\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"Click\")");
        assertThat(SpreadsheetSafe.cell("+44 20 7219 3000")).isEqualTo("'+44 20 7219 3000");
        assertThat(SpreadsheetSafe.cell("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetSafe.cell("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetSafe.cell("Siân Jones")).isEqualTo("Siân Jones");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }

    @Test
    void reportIsUtf8WithBomAndEveryCellSafe() throws IOException {
        Path file = dir.resolve("report.csv");
        ReportCsv.write(file, List.of(
                new ReportRow(2, "=HYPERLINK(\"http://x\",\"y\")", "SW1A 1AA", "Cities of London and Westminster",
                        "Rachel Blake", "rachel.blake.mp@parliament.uk", "letters/a.pdf; letters/a.eml",
                        ReportRow.Outcome.WRITTEN, "", 0.42, 0, 0),
                new ReportRow(3, "Łukasz, \"Luke\"", "BT1 1AA", "", "", "", "", ReportRow.Outcome.SKIPPED,
                        "Needs a choice\nof seat", -1, 0, 0)));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        List<SupporterFile.RawRow> rows = new java.util.ArrayList<>();
        SupporterFile report = SupporterFile.open(file);
        try (var it = report.rows()) {
            it.forEachRemaining(rows::add);
        }
        assertThat(report.headers()).containsExactly("Row", "Supporter", "Postcode", "Constituency", "MP", "MP email",
                "Files", "Status", "Own words", "Notes", "Supporter email", "Outcome", "Reply date", "Reply note");
        assertThat(rows.get(0).cell(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(rows.get(0).cell(8)).isEqualTo("42%");
        assertThat(rows.get(1).cell(1)).isEqualTo("Łukasz, \"Luke\"");
        assertThat(rows.get(1).cell(7)).isEqualTo("Skipped");
        assertThat(rows.get(1).cell(9)).isEqualTo("Needs a choice\nof seat");
    }
}
