package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.PathTools;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.SampleLetters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Sender;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterPdfExporterTest {

    private final LetterPdfExporter exporter = new LetterPdfExporter(TestClocks.FIXED);

    /** Text extraction joins lines and may drop the spaces between words split across runs. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theTextOfALetterCanBeExtractedWithEveryPartInIt() throws IOException {
        Letter letter = SampleLetters.onePage();
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(letter))) {
            assertThat(pdf.pages()).isEqualTo(1);
            String text = squash(pdf.allText());
            assertThat(text).contains("Dear Ms Medi,", "Llinos Medi MP", "House of Commons", "SW1A 0AA",
                    "27 November 2026", letter.subject(), "Yours sincerely,",
                    "Frontline staff in health, policing and councils should be trained to spot the signs.",
                    "LL77 7PP", "lukasz.w@example.org", "01248 000000");
            assertThat(text).contains("\u2022");
        }
    }

    @Test
    void welshIrishAndPolishLettersSurviveTheRoundTrip() throws IOException {
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(SampleLetters.onePage()))) {
            String text = squash(pdf.allText());
            assertThat(text).contains(SampleLetters.POLISH_NAME, SampleLetters.WELSH_STREET, "Tŷ Newydd",
                    "Ynys Môn", "Órfhlaith");
            assertThat(text).contains("ŵ", "ŷ", "Ó", "Ł");
        }
    }

    @Test
    void aNameOutsideTheLatinScriptsIsStillPrinted() throws IOException {
        Letter base = SampleLetters.onePage();
        Sender sender = new Sender("Олена Шевченко", List.of("Flat 3, 10 Ffordd Caergybi"), "LL77 7PP", "", "");
        Letter letter = new Letter(sender, base.recipient(), base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), base.templateId());
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(letter))) {
            assertThat(squash(pdf.allText())).contains("Олена Шевченко", "Dear Ms Medi,");
            assertThat(pdf.fonts()).allSatisfy((name, embedded) -> assertThat(embedded).isTrue());
        }
    }

    @Test
    void decomposedAccentsArePrintedAsTheSingleLetter() throws IOException {
        Letter base = SampleLetters.onePage();
        Sender sender = new Sender("Gwenllian Dw\u0302r", List.of("Ty\u0302 Newydd"), "LL77 7PP", "", "");
        Letter letter = new Letter(sender, base.recipient(), base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), base.templateId());
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(letter))) {
            assertThat(squash(pdf.allText())).contains("Gwenllian Dŵr", "Tŷ Newydd").doesNotContain("\u0302");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(SampleLetters.twoPages()))) {
            assertThat(pdf.fonts()).isNotEmpty()
                    .allSatisfy((name, embedded) -> assertThat(embedded).as(name + " embedded").isTrue())
                    .allSatisfy((name, embedded) -> assertThat(name).contains("LiberationSerif"));
        }
    }

    @Test
    void pdffontsAgreesThatEveryFontIsAnEmbeddedSubset(@TempDir Path dir) throws Exception {
        Path pdffonts = PathTools.onPath("pdffonts");
        Assumptions.assumeTrue(pdffonts != null, "pdffonts (poppler-utils) is not installed");
        Path file = dir.resolve("letter.pdf");
        exporter.write(SampleLetters.onePage(), file);
        Process process = new ProcessBuilder(pdffonts.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        List<String> fontLines = report.lines().skip(2).toList();
        assertThat(fontLines).isNotEmpty().allSatisfy(line -> {
            assertThat(line).contains("LiberationSerif", "CID TrueType", "Identity-H");
            // columns: emb sub uni, each "yes"
            assertThat(line).containsPattern("yes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$");
        });
    }

    /** The letter writer is the app's own, so an independent checker reads its structure: objects, offsets, streams. */
    @Test
    void qpdfFindsNoErrorOrWarningInOneOrTwoPageLettersOrThePrintFile(@TempDir Path dir) throws Exception {
        Path qpdf = PathTools.onPath("qpdf");
        Assumptions.assumeTrue(qpdf != null, "qpdf is not installed");
        Path one = dir.resolve("one.pdf");
        Path two = dir.resolve("two.pdf");
        Path print = dir.resolve("print.pdf");
        Path noSubject = dir.resolve("no-subject.pdf");
        Letter base = SampleLetters.onePage();
        exporter.write(new Letter(base.sender(), base.recipient(), base.date(), "", base.salutation(), base.body(),
                base.signOff(), base.templateId()), noSubject);
        exporter.write(SampleLetters.onePage(), one);
        exporter.write(SampleLetters.twoPages(), two);
        try (MergedLetterPdf merged = exporter.openMerged(Files.newOutputStream(print), new PdfDocumentInfo("Batch", "", ""),
                false)) {
            merged.add(SampleLetters.onePage());
            merged.add(SampleLetters.twoPages());
        }
        for (Path file : List.of(one, two, print, noSubject)) {
            Process process = new ProcessBuilder(qpdf.toString(), "--check", file.toString()).redirectErrorStream(true).start();
            String report = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(report).isZero();
            assertThat(report).as(file.getFileName().toString()).contains("No syntax or stream encoding errors found")
                    .doesNotContainIgnoringCase("warning");
        }
    }

    @Test
    void aOnePageLetterHasNoPageNumberAndALongerOneHasThemOnEveryPage() throws IOException {
        try (PdfInspector one = new PdfInspector(exporter.toBytes(SampleLetters.onePage()))) {
            assertThat(one.allText()).doesNotContain("Page 1");
        }
        try (PdfInspector two = new PdfInspector(exporter.toBytes(SampleLetters.twoPages()))) {
            assertThat(two.pages()).isEqualTo(2);
            assertThat(squash(two.text(1))).contains("Page 1 of 2").doesNotContain("Yours sincerely");
            assertThat(squash(two.text(2))).contains("Page 2 of 2", "Yours sincerely,", SampleLetters.POLISH_NAME);
        }
    }

    @Test
    void theMetadataNamesTheSubjectTheWriterAndTheMp() throws IOException {
        Letter letter = SampleLetters.onePage();
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(letter))) {
            assertThat(pdf.info()).containsEntry("Title", letter.subject())
                    .containsEntry("Author", SampleLetters.POLISH_NAME)
                    .containsEntry("Subject", "Letter to Llinos Medi MP");
        }
    }

    @Test
    void aMergedFileNumbersEachLetterOnItsOwnAndStartsEachOnANewPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MergedLetterPdf merged = exporter.openMerged(out, new PdfDocumentInfo("Batch", "Group", "Letters"), false)) {
            assertThat(merged.add(SampleLetters.onePage())).isEqualTo(1);
            assertThat(merged.add(SampleLetters.twoPages())).isEqualTo(2);
            assertThat(merged.add(SampleLetters.toMpWithoutEmail())).isEqualTo(1);
            assertThat(merged.letterCount()).isEqualTo(3);
            assertThat(merged.pageCount()).isEqualTo(4);
        }
        try (PdfInspector pdf = new PdfInspector(out.toByteArray())) {
            assertThat(pdf.pages()).isEqualTo(4);
            assertThat(squash(pdf.text(1))).contains("Dear Ms Medi,").doesNotContain("Page 1");
            assertThat(squash(pdf.text(2))).contains("Modern slavery in Ynys Môn", "Page 1 of 2");
            assertThat(squash(pdf.text(3))).contains("Page 2 of 2");
            assertThat(squash(pdf.text(4))).contains("Dear Ms Begley,", SampleLetters.IRISH_MP).doesNotContain("Page");
            assertThat(pdf.info()).containsEntry("Title", "Batch");
            assertThat(pdf.fonts()).allSatisfy((name, embedded) -> assertThat(embedded).isTrue());
        }
    }

    @Test
    void aMergedFileIsDatedAndIdentifiedByTheClockNotByTheComputersTime() throws IOException {
        byte[] first = mergedAt(TestClocks.FIXED);
        byte[] again = mergedAt(TestClocks.FIXED);
        byte[] later = mergedAt(java.time.Clock.offset(TestClocks.FIXED, java.time.Duration.ofHours(1)));
        try (PdfInspector pdf = new PdfInspector(first); PdfInspector same = new PdfInspector(again);
             PdfInspector next = new PdfInspector(later)) {
            assertThat(pdf.info().get("CreationDate")).startsWith("D:20261127214000");
            assertThat(pdf.info().get("ModDate")).isEqualTo(pdf.info().get("CreationDate"));
            assertThat(next.info().get("CreationDate")).startsWith("D:20261127224000");
            assertThat(same.fileId()).isEqualTo(pdf.fileId());
            assertThat(next.fileId()).isNotEqualTo(pdf.fileId());
        }
    }

    private static byte[] mergedAt(java.time.Clock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MergedLetterPdf merged = new LetterPdfExporter(clock).openMerged(out,
                new PdfDocumentInfo("Batch", "Group", "Letters"), false)) {
            merged.add(SampleLetters.onePage());
        }
        return out.toByteArray();
    }

    @Test
    void aDuplexMergedFileGivesEveryLetterItsOwnSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MergedLetterPdf merged = exporter.openMerged(out, new PdfDocumentInfo("Batch", "", ""), true)) {
            merged.add(SampleLetters.onePage());
            merged.add(SampleLetters.twoPages());
            merged.add(SampleLetters.onePage());
        }
        try (PdfInspector pdf = new PdfInspector(out.toByteArray())) {
            assertThat(pdf.pages()).isEqualTo(6);
            assertThat(pdf.text(2).strip()).isEmpty();
            assertThat(squash(pdf.text(3))).contains("Modern slavery in Ynys Môn");
            assertThat(squash(pdf.text(5))).contains("Dear Ms Medi,");
            assertThat(pdf.text(6).strip()).isEmpty();
        }
    }

    @Test
    void aFileIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("letters/to-my-mp.pdf");
        exporter.write(SampleLetters.onePage(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PdfInspector pdf = new PdfInspector(bytes)) {
            assertThat(pdf.pages()).isEqualTo(1);
        }
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void userTextThatLooksLikeMarkupIsPrintedAsTyped() throws IOException {
        Letter base = SampleLetters.onePage();
        Letter letter = new Letter(base.sender(), base.recipient(), base.date(), "<b>{{mp.name}}</b> & co", "Dear Ms Medi",
                List.of(new LetterBlock.Paragraph("50% of {{story}} <i>unchanged</i> & \\n kept")), "Yours faithfully",
                base.templateId());
        try (PdfInspector pdf = new PdfInspector(exporter.toBytes(letter))) {
            assertThat(squash(pdf.allText())).contains("<b>{{mp.name}}</b> & co", "50% of {{story}} <i>unchanged</i> & \\n kept",
                    "Yours faithfully,");
        }
    }

    @Test
    void manyThreadsCanShareOneExporter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Letter letter = i % 2 == 0 ? SampleLetters.onePage() : SampleLetters.twoPages();
                results.add(pool.submit(() -> exporter.toBytes(letter)));
            }
            for (int i = 0; i < results.size(); i++) {
                try (PdfInspector pdf = new PdfInspector(results.get(i).get())) {
                    assertThat(pdf.pages()).isEqualTo(i % 2 == 0 ? 1 : 2);
                    assertThat(squash(pdf.allText())).contains(SampleLetters.POLISH_NAME, "Dear Ms Medi,");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMergedFileWithNoLettersIsRefused() {
        MergedLetterPdf merged = exporter.openMerged(new ByteArrayOutputStream(), new PdfDocumentInfo("", "", ""), false);
        assertThatThrownBy(merged::close).isInstanceOf(IllegalStateException.class);
    }
}
