package org.dearmp.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.dearmp.export.email.EmailExporter;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.letter.Letter;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.SampleLetters;
import org.dearmp.testsupport.TestClocks;
import org.junit.jupiter.api.Test;

/**
 * The same letter at the same time is the same file, byte for byte: a PDF or an email whose bytes
 * depend on the time it was really written, a random number or the order of a hash map fails here.
 *
 * <p>The golden files are in {@code src/test/resources/golden}. When a change to the output is
 * intended, write them afresh with
 * {@code mvn -o test -Dtest=GoldenFilesTest -Dgolden.update=true}, look at the new PDFs (for example
 * {@code pdftoppm -png -r 50 one-page-letter.pdf page}) and commit them with the change. The letters
 * are Latin script only, so the files embed only the bundled Liberation fonts, never a system font.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", ""), "src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final LetterPdfExporter pdf = new LetterPdfExporter(TestClocks.FIXED);

    @Test
    void aOnePageLetterPdfIsTheGoldenFile() throws IOException {
        assertMatchesGolden("one-page-letter.pdf", pdf.toBytes(SampleLetters.onePage()));
    }

    @Test
    void aTwoPageLetterPdfIsTheGoldenFile() throws IOException {
        assertMatchesGolden("two-page-letter.pdf", pdf.toBytes(SampleLetters.twoPages()));
    }

    @Test
    void aOnePageLetterEmailIsTheGoldenFile() throws IOException {
        assertMatchesGolden("one-page-letter.eml", EmailExporter.toEml(SampleLetters.onePage(), TestClocks.FIXED));
    }

    @Test
    void theGoldenLettersUseOnlyTheBundledFonts() throws IOException {
        for (Letter letter : new Letter[] {SampleLetters.onePage(), SampleLetters.twoPages()}) {
            try (PdfInspector file = new PdfInspector(pdf.toBytes(letter))) {
                assertThat(file.fonts().keySet()).allSatisfy(font -> assertThat(font).contains("LiberationSerif"));
            }
        }
    }

    @Test
    void anotherTimeChangesTheDatesAndTheIdentifiers() throws IOException {
        Clock later = Clock.fixed(Instant.parse("2026-11-28T08:15:30Z"), ZoneOffset.UTC);
        byte[] now = pdf.toBytes(SampleLetters.onePage());
        byte[] then = new LetterPdfExporter(later).toBytes(SampleLetters.onePage());
        try (PdfInspector first = new PdfInspector(now); PdfInspector second = new PdfInspector(then)) {
            assertThat(first.info()).containsEntry("CreationDate", "D:20261127214000Z")
                    .containsEntry("ModDate", "D:20261127214000Z");
            assertThat(second.info()).containsEntry("CreationDate", "D:20261128081530Z");
            assertThat(second.fileId()).isNotEqualTo(first.fileId());
        }
        String email = new String(EmailExporter.toEml(SampleLetters.onePage(), later), java.nio.charset.StandardCharsets.US_ASCII);
        String golden = new String(EmailExporter.toEml(SampleLetters.onePage(), TestClocks.FIXED),
                java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(email).contains("Date: Sat, 28 Nov 2026 08:15:30 +0000");
        assertThat(golden).contains("Date: Fri, 27 Nov 2026 21:40:00 +0000");
        assertThat(messageId(email)).isNotEqualTo(messageId(golden));
    }

    private static String messageId(String email) {
        return email.lines().filter(line -> line.startsWith("Message-ID:")).findFirst().orElseThrow();
    }

    private static void assertMatchesGolden(String name, byte[] actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("No golden file " + golden.toAbsolutePath() + ": write it with -Dgolden.update=true, look at it, "
                    + "and commit it.");
        }
        byte[] expected = Files.readAllBytes(golden);
        int at = Arrays.mismatch(expected, actual);
        if (at >= 0) {
            Path written = Path.of(System.getProperty("basedir", ""), "target", "golden-actual", name);
            Files.createDirectories(written.getParent());
            Files.write(written, actual);
            fail(name + " is not the golden file: the bytes differ from offset " + at + " (golden " + expected.length
                    + " bytes, now " + actual.length + "; the new file is " + written.toAbsolutePath() + "). If the "
                    + "change is intended, regenerate the golden files with "
                    + "mvn -o test -Dtest=GoldenFilesTest -Dgolden.update=true, look at them and commit them.");
        }
    }
}
