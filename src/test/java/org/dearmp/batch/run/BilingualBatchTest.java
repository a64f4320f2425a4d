package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.batch.check.RowIssue;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Language;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bilingual batch: real Welsh postcodes from ../shared/data, a language column, and a Welsh letter from the
 * campaign's Welsh template for each supporter who asks for one, an English letter for everyone else.
 */
@DataTest
class BilingualBatchTest {

    @TempDir
    Path dir;

    /** Rows 2 to 8, each a real postcode in a Welsh seat; row 7 names a language letters are not written in. */
    private Path supporters(String languageHeader) throws Exception {
        String csv = "Full name,Address 1,Town,Postcode," + languageHeader + ",Personal message\n"
                + "Siân Owen,1 Heol y Dŵr,Caerdydd,CF23 5EF,Cymraeg,Rwy'n gwirfoddoli mewn lloches.\n"
                + "Tom Hughes,2 Market Street,Llangefni,LL58 8NY,English,I volunteer at a refuge.\n"
                + "Gwenllïan Ŵyn,Tŷ Gwyn,Aberteifi,SA37 0JH,cy,Mae hyn yn bwysig i mi.\n"
                + "Rhys Evans,4 Station Road,Llanelli,SA14 6LU,,This matters to me.\n"
                + "Megan Price,5 High Street,Queensferry,CH4 0FH,Saesneg,Please act.\n"
                + "Yann Le Goff,6 Stryd Fawr,Llanelli,SA14 6LU,Llydaweg,Brezhoneg.\n"
                + "Dafydd Jones,7 Ffordd y Môr,Queensferry,CH4 0FH,Welsh,Gweithredwch os gwelwch yn dda.\n";
        Path file = dir.resolve("cefnogwyr.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theLanguageColumnIsFoundByItsEnglishOrWelshName() throws Exception {
        for (String header : new String[] {"Language", "Iaith"}) {
            SupporterFile file = SupporterFile.open(supporters(header));
            assertThat(ColumnMapping.autoDetect(file.headers()).header(SupporterField.LANGUAGE)).isEqualTo(header);
        }
    }

    @Test
    void aLanguageLettersAreNotWrittenInIsARowProblemNamingTheRowAndTheValue() throws Exception {
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(supporters("Iaith"));
        try (BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE)) {
            assertThat(check.issues()).filteredOn(issue -> issue.kind() == IssueKind.UNKNOWN_LANGUAGE)
                    .singleElement().satisfies(issue -> {
                        assertThat(issue.row()).isEqualTo(7);
                        assertThat(issue.column()).isEqualTo("Iaith");
                        assertThat(issue.message()).startsWith("Language \"Llydaweg\" is not one letters are written in")
                                .contains("cy (or Cymraeg, Welsh)", "en (or English, Saesneg)");
                    });
            assertThat(check.row(7).status()).isEqualTo(CheckedRow.Status.NEEDS_DECISION);
            assertThat(check.issues()).extracting(RowIssue::row).doesNotContain(2, 3, 4, 5, 6, 8);

            // Corrected in the check, the row is ready, and Welsh.
            check.fix(7, SupporterField.LANGUAGE, "Cymraeg");
            assertThat(check.row(7).status()).isEqualTo(CheckedRow.Status.READY);
            assertThat(check.row(7).supporter().letterLanguage()).contains(Language.WELSH);
        }
    }

    @Test
    void welshRowsGetWelshLettersAndTheRestEnglishOnes() throws Exception {
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(supporters("Language"));
        Path out = dir.resolve("llythyrau");
        try (BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE)) {
            check.applyDefault(org.dearmp.batch.check.DefaultPolicy.SKIP);
            BatchSettings settings = new BatchSettings(out, "stronger-laws", "Cymorth Cymru", LocalDate.of(2026, 12, 1), 2);
            BatchResult result = service.write(check, service.template("stronger-laws"), settings, false,
                    BatchListener.NONE);
            assertThat(result.written()).isEqualTo(6);
            assertThat(result.skipped()).isEqualTo(1);
        }

        String sian = pdfText(out.resolve("letters/Siân Owen - Cardiff East.pdf"));
        assertThat(sian).contains("Annwyl Ms Stevens,", "Yn gywir,", "Tŷ'r Cyffredin", "1 Rhagfyr 2026",
                "Rwy'n byw yn etholaeth Dwyrain Caerdydd", "Y Gwir Anrhydeddus Jo Stevens AS")
                .doesNotContain("Dear", "Yours sincerely");
        assertThat(pdfText(out.resolve("letters/Gwenllïan Ŵyn - Ceredigion Preseli.pdf")))
                .contains("Annwyl Mr Lake,", "Ben Lake AS", "Yn gywir,");
        assertThat(pdfText(out.resolve("letters/Dafydd Jones - Alyn and Deeside.pdf")))
                .contains("Annwyl Syr Mark,", "etholaeth Alun a Glannau Dyfrdwy", "Yn gywir,");

        for (String english : new String[] {"Tom Hughes - Ynys Môn", "Rhys Evans - Llanelli", "Megan Price - Alyn and Deeside"}) {
            assertThat(pdfText(out.resolve("letters/" + english + ".pdf"))).as(english)
                    .contains("Dear ", "Yours sincerely,", "House of Commons", "1 December 2026")
                    .doesNotContain("Annwyl", "Yn gywir");
        }
        assertThat(pdfText(out.resolve("letters/Megan Price - Alyn and Deeside.pdf"))).contains("Dear Sir Mark,");
    }

    @Test
    void aBatchFromTheWelshTemplateWritesEnglishToThoseWhoAskForIt() {
        TemplateLetters letters = new TemplateLetters(BatchFixtures.TEMPLATES.require("stronger-laws-cy"),
                BatchFixtures.TEMPLATES.templates());
        var english = new org.dearmp.batch.input.Supporter(2, "", "", "Tom Hughes", java.util.List.of("2 Market Street"),
                "Llangefni", "LL58 8NY", "", "", java.util.List.of(), "en");
        var unsaid = new org.dearmp.batch.input.Supporter(3, "", "", "Siân Owen", java.util.List.of("1 Heol y Dŵr"),
                "Caerdydd", "CF23 5EF", "", "", java.util.List.of(), "");
        assertThat(letters.templateFor(english).id()).isEqualTo("stronger-laws");
        assertThat(letters.templateFor(unsaid).id()).isEqualTo("stronger-laws-cy");
        // A campaign with no Welsh template writes in its own language to everyone.
        TemplateLetters englishOnly = new TemplateLetters(BatchFixtures.TEMPLATES.require("visit-local-projects"),
                BatchFixtures.TEMPLATES.templates());
        assertThat(englishOnly.templateFor(english.withValue(SupporterField.LANGUAGE, "Cymraeg")).id())
                .isEqualTo("visit-local-projects");
    }

    private static String pdfText(Path pdf) throws Exception {
        assertThat(pdf).exists();
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
