package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.SampleLetters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample letters as PDFs so a person can render and look at them (pdftoppm). */
public final class PdfSamples {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pdf-samples");
        Files.createDirectories(dir);
        LetterPdfExporter exporter = new LetterPdfExporter(TestClocks.FIXED);
        exporter.write(SampleLetters.onePage(), dir.resolve("one-page.pdf"));
        exporter.write(SampleLetters.twoPages(), dir.resolve("two-pages.pdf"));
        exporter.write(SampleLetters.toMpWithoutEmail(), dir.resolve("no-email.pdf"));
        exporter.write(MixedScriptLetterTest.mixedLetter(), dir.resolve("mixed-scripts.pdf"));
        try (MergedLetterPdf merged = exporter.openMerged(Files.newOutputStream(dir.resolve("merged.pdf")),
                new PdfDocumentInfo("Batch", "Test", "Letters"), true)) {
            merged.add(SampleLetters.onePage());
            merged.add(SampleLetters.twoPages());
            merged.add(SampleLetters.toMpWithoutEmail());
            merged.add(MixedScriptLetterTest.mixedLetter());
        }
        System.out.println("Wrote samples to " + dir.toAbsolutePath());
    }
}
