package org.dearmp.batch.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.core.DearMpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupporterFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static List<SupporterFile.RawRow> rows(SupporterFile file) {
        List<SupporterFile.RawRow> rows = new ArrayList<>();
        try (var it = file.rows()) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void readsExcelUtf8WithBomCrlfQuotedCommasAndLineBreaks() throws IOException {
        String csv = "\uFEFFFirst name,Last name,Postcode,Personal message\r\n"
                + "Siân,Ap Dafydd,\"SA31 1DP\",\"I live here, and\r\nI care\"\r\n"
                + "\r\n"
                + "\"Łukasz\",\"O\"\"Brien\",SW1A 1AA,\r\n";
        SupporterFile file = SupporterFile.open(write("s.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(file.headers()).containsExactly("First name", "Last name", "Postcode", "Personal message");
        assertThat(file.separator()).isEqualTo(',');
        assertThat(file.encoding().notice()).isNull();
        List<SupporterFile.RawRow> rows = rows(file);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly("Siân", "Ap Dafydd", "SA31 1DP", "I live here, and\r\nI care");
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(2).rowNumber()).isEqualTo(4);
        assertThat(rows.get(2).cell(1)).isEqualTo("O\"Brien");
        assertThat(rows.get(2).cell(3)).isEmpty();
    }

    @Test
    void sniffsTabsAndSemicolons() throws IOException {
        SupporterFile tsv = SupporterFile.open(write("s.tsv",
                "Name\tPost code\tMessage\nAnn Lee\tM1 1AE\tHi, there\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(tsv.separator()).isEqualTo('\t');
        assertThat(rows(tsv).get(0).cells()).containsExactly("Ann Lee", "M1 1AE", "Hi, there");

        SupporterFile semi = SupporterFile.open(write("semi.csv",
                "Name;Postcode\nAnn Lee;M1 1AE\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(semi.separator()).isEqualTo(';');
    }

    @Test
    void readsWindows1252AndSaysSo() throws IOException {
        byte[] bytes = "Name,Postcode\nRené Müller,M1 1AE\n".getBytes(Charset.forName("windows-1252"));
        SupporterFile file = SupporterFile.open(write("old.csv", bytes));
        assertThat(file.encoding().charset().name()).isEqualTo("windows-1252");
        assertThat(file.encoding().notice()).contains("Windows-1252");
        assertThat(rows(file).get(0).cell(0)).isEqualTo("René Müller");
    }

    @Test
    void readsUtf16WithBomFromExcelUnicodeText() throws IOException {
        byte[] bytes = "\uFEFFName\tPostcode\r\nGwenllïan Ŵyn\tLL55 1AA\r\n".getBytes(StandardCharsets.UTF_16LE);
        SupporterFile file = SupporterFile.open(write("unicode.txt", bytes));
        assertThat(file.separator()).isEqualTo('\t');
        assertThat(rows(file).get(0).cell(0)).isEqualTo("Gwenllïan Ŵyn");
    }

    @Test
    void refusesWorkbooksAndUtf16WithoutMarkWithAMessage() throws IOException {
        Path xlsx = write("people.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertThatThrownBy(() -> SupporterFile.open(xlsx)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("workbook").hasMessageContaining("CSV UTF-8");
        Path utf16 = write("u.csv", "Name,Postcode\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> SupporterFile.open(utf16)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("UTF-16");
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> SupporterFile.open(empty)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void namesBlankAndDuplicateHeaders() throws IOException {
        SupporterFile file = SupporterFile.open(write("d.csv",
                "Name,,Point,Point\nA,b,c,d\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(file.headers()).containsExactly("Name", "Column 2", "Point", "Point (2)");
    }
}
