package org.dearmp.batch.run;

import org.dearmp.testsupport.BatchFixtures;

import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.report.NearCopyFinder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole batch from a messy supporters file, with the real lookup, templates and exporters. */
@DataTest
class BatchRunTest {

    @TempDir
    Path dir;

    private static List<SupporterFile.RawRow> readCsv(Path file) {
        List<SupporterFile.RawRow> rows = new ArrayList<>();
        try (var it = SupporterFile.open(file).rows()) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void messyFileGivesTheRightLettersReportAndSafeCells() throws Exception {
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(BatchFixtures.messyCsv(dir));
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        Path out = dir.resolve("out");
        BatchSettings settings = new BatchSettings(out, "stronger-laws", "Freedom Network", LocalDate.of(2026, 11, 27), 2);

        BatchResult result = service.write(check, service.template("stronger-laws"), settings, false, BatchListener.NONE);

        assertThat(result.written()).isEqualTo(5);
        assertThat(result.pdfOnly()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(4);
        // The map, drawn from the plan while the letters were written, is the one the summary's counts draw.
        assertThat(Files.readAllBytes(out.resolve(BatchRunner.MAP_FILE))).isEqualTo(org.dearmp.batch.map.HexMap.bundled()
                .renderPng(result.summary().lettersByCode(), org.dearmp.i18n.Messages.get("batch.map.titleOrg", "Freedom Network")));
        assertThat(result.everyRowWritten()).isFalse();

        // One PDF per letter, an .eml for every MP with an email; no temporary files left.
        List<String> names;
        try (Stream<Path> files = Files.list(out.resolve("letters"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(9).noneMatch(n -> n.endsWith(".part"));
        assertThat(names).contains("Siân Ap Dafydd - Ynys Môn.pdf", "Siân Ap Dafydd - Ynys Môn.eml",
                "Łukasz Kowalski - Bolton South and Walkden.pdf")
                .doesNotContain("Łukasz Kowalski - Bolton South and Walkden.eml");
        assertThat(names).filteredOn(n -> n.startsWith("=HYPERLINK( http evil.example , Click me ) - Edinburgh")).hasSize(2);

        // The letter is the supporter's: their name, words and points, to their own MP.
        String sian = text(out.resolve("letters/Siân Ap Dafydd - Ynys Môn.pdf"));
        assertThat(sian).contains("Siân Ap Dafydd", "Tŷ Gwyn", "LL61 6YY", "Llinos Medi", "Please listen to them",
                "Fund specialist support");
        String gwen = text(out.resolve("letters/Gwenllïan Ŵyn - Brecon, Radnor and Cwm Tawe.pdf"));
        assertThat(gwen).contains("Gwenllïan Ŵyn", "David Chadwick");

        MimeMessage eml;
        try (InputStream in = Files.newInputStream(out.resolve("letters/Siân Ap Dafydd - Ynys Môn.eml"))) {
            eml = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(((InternetAddress) eml.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
                .isEqualTo("llinos.medi.mp@parliament.uk");
        assertThat(eml.getContent().toString()).contains("Please listen to them");

        // The print file holds every letter, in constituency order then surname.
        String print = text(result.printFile());
        int bolton = print.indexOf("Łukasz Kowalski");
        int brecon = print.indexOf("Gwenllïan Ŵyn");
        int edinburgh = print.indexOf("Chris Murray");
        int ynysApDafydd = print.indexOf("Siân Ap Dafydd");
        int ynysEvans = print.indexOf("Rhys Evans");
        assertThat(bolton).isNotNegative().isLessThan(brecon);
        assertThat(brecon).isLessThan(edinburgh);
        assertThat(edinburgh).isLessThan(ynysApDafydd);
        assertThat(ynysApDafydd).isLessThan(ynysEvans);

        // The report: every supporter row once, in row order, every cell safe for a spreadsheet.
        List<SupporterFile.RawRow> report = readCsv(result.report());
        assertThat(report).extracting(r -> r.cell(0)).containsExactly("2", "3", "4", "5", "7", "8", "9", "10", "11");
        SupporterFile.RawRow formula = report.get(2);
        assertThat(formula.cell(1)).startsWith("'=HYPERLINK(");
        assertThat(formula.cell(7)).isEqualTo("Written");
        for (SupporterFile.RawRow row : report) {
            for (String cell : row.cells()) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(report.get(3).cell(7)).isEqualTo("Skipped");
        assertThat(report.get(3).cell(9)).contains("BT1 1AA");
        assertThat(report.get(4).cell(9)).contains("XYZ 123");
        assertThat(report.get(5).cell(7)).startsWith("PDF only");
        assertThat(report.get(6).cell(9)).contains("row 2");
        assertThat(report.get(0).cell(8)).matches("\\d+%");
        // Row 11 repeats row 3's message and points word for word, but to another MP, whose office never
        // sees row 3's letter: not a near copy (NearCopiesTest has the same words to one MP).
        assertThat(report.get(8).cell(9)).doesNotContain("Near copy");
        assertThat(result.nearCopies()).isZero();

        // The summary and the map.
        assertThat(result.summary().letters()).isEqualTo(5);
        assertThat(result.summary().byRegion()).containsEntry("Wales", 3).containsEntry("Scotland", 1)
                .containsEntry("North West", 1);
        assertThat(result.summary().byParty()).containsEntry("Plaid Cymru", 2);
        assertThat(Files.size(result.map())).isGreaterThan(1000);
        assertThat(Files.readString(result.summaryFile())).contains("Ynys Môn");
    }

    @Test
    void supportersWithChineseAndArabicNamesAreSignedInTheirLettersAndThePrintFile() throws Exception {
        Path csv = dir.resolve("names.csv");
        Files.writeString(csv, "Full name,Postcode,Personal message\r\n"
                + "王秀英,LL58 8AA,My family came here in 1990.\r\n"
                + "محمد علي,LL59 5ER,I drive a taxi in Bangor.\r\n", java.nio.charset.StandardCharsets.UTF_8);
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(csv);
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        assertThat(check.issues()).as("a fallback font prints both names").isEmpty();
        BatchSettings settings = new BatchSettings(dir.resolve("out"), "stronger-laws", "Freedom Network",
                LocalDate.of(2026, 11, 27), 2);

        BatchResult result = service.write(check, service.template("stronger-laws"), settings, false, BatchListener.NONE);

        assertThat(result.written()).isEqualTo(2);
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir.resolve("out/letters"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSize(2);
        String letters = text(pdfs.get(0)) + text(pdfs.get(1));
        // Twice each: at the top of the letter and under the signature.
        assertThat(letters.split("王秀英", -1)).hasSize(3);
        assertThat(text(result.printFile()).split("王秀英", -1)).hasSize(3);
    }

    static String text(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
