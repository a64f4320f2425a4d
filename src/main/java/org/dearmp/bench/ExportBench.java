package org.dearmp.bench;

import org.dearmp.export.email.EmailExporter;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.export.pdf.MergedLetterPdf;
import org.dearmp.export.pdf.PdfDocumentInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dearmp.letter.Letter;

/**
 * Measures the exporters on a set of letters: single-letter PDFs (on several threads, as a batch
 * writes them), .eml files, and one merged print file. Figures for {@code dear-mp bench export}.
 */
public final class ExportBench {

    /** Letters a second (wall clock) and average bytes per letter, for each kind of output. */
    public record Figures(int letters, int threads, double pdfPerSecond, double pdfCpuMs, long pdfBytesPerLetter,
                          double emlPerSecond, double emlCpuMs, long emlBytesPerLetter,
                          double mergedPerSecond, double mergedCpuMs, long mergedBytesPerLetter, int mergedPages) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final LetterPdfExporter pdf;
    private final Clock clock;

    /** @param clock dates the files written (their bytes are counted, so a date's length matters, not its value) */
    public ExportBench(Clock clock) {
        this.clock = clock;
        this.pdf = new LetterPdfExporter(clock);
    }

    public Figures run(List<Letter> letters, int threads) throws Exception {
        List<Letter> emailable = letters.stream().filter(EmailExporter::canEmail).toList();
        warmUp(letters.subList(0, Math.min(300, letters.size())));

        AtomicLong pdfBytes = new AtomicLong();
        AtomicLong pdfCpu = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = (letters.size() + threads - 1) / threads;
            List<Future<?>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Letter> part = letters.subList(Math.min(letters.size(), t * chunk),
                        Math.min(letters.size(), (t + 1) * chunk));
                parts.add(pool.submit(() -> {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    part.forEach(l -> pdfBytes.addAndGet(pdf.toBytes(l).length));
                    pdfCpu.addAndGet(CPU.getCurrentThreadCpuTime() - cpu);
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double pdfSeconds = (System.nanoTime() - start) / 1e9;

        long emlBytes = 0;
        start = System.nanoTime();
        long emlCpu = CPU.getCurrentThreadCpuTime();
        for (Letter letter : emailable) {
            emlBytes += EmailExporter.toEml(letter, clock).length;
        }
        double emlSeconds = (System.nanoTime() - start) / 1e9;
        emlCpu = CPU.getCurrentThreadCpuTime() - emlCpu;

        CountingStream merged = new CountingStream();
        start = System.nanoTime();
        long mergedCpu = CPU.getCurrentThreadCpuTime();
        int pages;
        try (MergedLetterPdf print = pdf.openMerged(merged, new PdfDocumentInfo("Bench", "", ""), false)) {
            for (Letter letter : letters) {
                print.add(letter);
            }
            pages = print.pageCount();
        }
        double mergedSeconds = (System.nanoTime() - start) / 1e9;
        mergedCpu = CPU.getCurrentThreadCpuTime() - mergedCpu;

        int n = letters.size();
        int e = Math.max(1, emailable.size());
        return new Figures(n, threads, n / pdfSeconds, pdfCpu.get() / 1e6 / n, pdfBytes.get() / n,
                emailable.size() / emlSeconds, emlCpu / 1e6 / e, emlBytes / e,
                n / mergedSeconds, mergedCpu / 1e6 / n, merged.count / n, pages);
    }

    private void warmUp(List<Letter> letters) throws IOException {
        try (MergedLetterPdf print = pdf.openMerged(new ByteArrayOutputStream(), new PdfDocumentInfo("", "", ""), false)) {
            for (Letter letter : letters) {
                pdf.toBytes(letter);
                print.add(letter);
                if (EmailExporter.canEmail(letter)) {
                    EmailExporter.toEml(letter, clock);
                }
            }
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
