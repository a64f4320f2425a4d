package org.dearmp.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.dearmp.letter.Letter;

/** Prints single-letter and merged PDF throughput; a probe for development, not a test. */
public final class PdfSpeedProbe {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        LetterPdfExporter exporter = new LetterPdfExporter();
        Letter letter = SampleLetters.onePage();
        for (int i = 0; i < 300; i++) {
            exporter.toBytes(letter);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += exporter.toBytes(letter).length;
        }
        double s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("single: %d letters in %.2f s CPU = %.0f/s, %d bytes each%n", n, s, n / s, bytes / n);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        t0 = mx.getCurrentThreadCpuTime();
        try (MergedLetterPdf merged = exporter.openMerged(sink, new PdfDocumentInfo("b", "a", "s"), false)) {
            for (int i = 0; i < n; i++) {
                merged.add(letter);
            }
        }
        s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("merged: %d letters in %.2f s CPU = %.0f/s, %d bytes total%n", n, s, n / s, sink.size());
    }
}
