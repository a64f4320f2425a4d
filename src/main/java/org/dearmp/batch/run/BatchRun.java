package org.dearmp.batch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.batch.check.RowIssue;
import org.dearmp.batch.report.BatchManifest;
import org.dearmp.batch.report.BatchReport;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.batch.report.NearCopyFinder;
import org.dearmp.batch.report.ReportCsv;
import org.dearmp.batch.report.ReportRow;
import org.dearmp.export.pdf.LaidOutLetter;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.EmailAddress;
import org.dearmp.parliament.Member;
import org.dearmp.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a {@link BatchPlan}: what it has written so far. What it keeps of each row is a few
 * numbers in arrays indexed by the row's place in the file (originality, near copy, file name number),
 * so the report is written at the end from one more pass over the file, in row order.
 */
final class BatchRun {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final int QUEUE_PER_THREAD = 16;

    private final SupporterLetters letters;
    private final LetterFiles files;
    private final BatchPlan plan;
    private final BatchCheck check;
    private final BatchSettings settings;
    private final BatchManifest manifest;
    private final Path lettersDir;
    private final BatchListener listener;
    private final long started;
    private final CompletableFuture<byte[]> mapPng;
    private final List<Path> printFiles = new ArrayList<>();
    private final BatchSummary summary = new BatchSummary();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger doneThisRun = new AtomicInteger();
    private final int resumed;
    private int lastReported = -1;
    private int pdfOnly;
    private int nearCopyCount;
    /** By ordinal: the letter's files were written, whole, by an earlier run. */
    private final boolean[] alreadyWritten;
    private final float[] originality;
    private final int[] stemNumbers;
    private final int[] nearCopyOf;
    private final float[] nearCopySimilarity;
    /**
     * Near copies are looked for among the letters to one MP, which is what one office reads: the
     * letters come seat by seat, so the finder starts afresh at each seat and holds one seat's letters.
     */
    private NearCopyFinder nearCopies;
    private String nearCopiesSeat;

    BatchRun(SupporterLetters letters, LetterFiles files, BatchPlan plan, BatchSettings settings, BatchManifest manifest,
             Path lettersDir, BatchListener listener, long started, CompletableFuture<byte[]> mapPng) {
        this.letters = letters;
        this.files = files;
        this.plan = plan;
        this.check = plan.check();
        this.settings = settings;
        this.manifest = manifest;
        this.lettersDir = lettersDir;
        this.listener = listener;
        this.started = started;
        this.mapPng = mapPng;
        int rows = check.size();
        alreadyWritten = new boolean[rows];
        originality = new float[rows];
        stemNumbers = new int[rows];
        nearCopyOf = new int[rows];
        nearCopySimilarity = new float[rows];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            if (check.statusAt(i) == CheckedRow.Status.READY) {
                int row = check.rowNumberAt(i);
                alreadyWritten[i] = manifest.isDone(row);
                count += alreadyWritten[i] ? 1 : 0;
            }
        }
        resumed = count;
        done.set(resumed);
    }

    /**
     * Letters are made, laid out and written to their own files by the queue, a few ahead of the
     * print file; this thread takes them back in print order for the print file, the summary and
     * the near-copy check, which need that order.
     */
    void writeAll() {
        String title = settings.senderOrg().isEmpty() ? Messages.get("batch.print.title")
                : Messages.get("batch.print.titleOrg", settings.senderOrg());
        OrderedWorkQueue queue = new OrderedWorkQueue(settings.threads(), settings.threads() * QUEUE_PER_THREAD,
                "batch-letters");
        report(0);
        int[] group = {0};
        plan.forEachGroup(letters -> {
            Path file = settings.outDir().resolve(BatchRunner.printFileName(group[0]++, plan.groupCount()));
            printFiles.add(file);
            try {
                AtomicFiles.write(file, out -> {
                    try (LetterFiles.PrintFile print = files.openPrintFile(out, title, settings.senderOrg())) {
                        boolean whole = queue.run(letters.size(), i -> prepare(letters.get(i)), listener::cancelled,
                                (i, prepared) -> take(letters.get(i), prepared, print));
                        if (!whole) {
                            throw new BatchCancelledException();
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void take(BatchPlan.PlannedLetter letter, Prepared prepared, LetterFiles.PrintFile print) throws IOException {
        int i = letter.ordinal();
        CheckedRow row = letter.row();
        originality[i] = (float) prepared.made().originality();
        stemNumbers[i] = letter.stemNumber();
        summary.add(row.constituency(), row.member());
        if (!row.constituency().code().equals(nearCopiesSeat)) {
            nearCopies = new NearCopyFinder(letters::similarity);
            nearCopiesSeat = row.constituency().code();
        }
        nearCopies.add(row.row(), prepared.made().ownWordsFingerprints()).ifPresent(copy -> {
            nearCopyOf[i] = copy.copyOfRow();
            nearCopySimilarity[i] = (float) copy.similarity();
            nearCopyCount++;
        });
        if (!BatchRunner.hasEmail(row.member())) {
            pdfOnly++;
        }
        print.add(prepared.laidOut());
    }

    /** Makes and lays out one letter and writes its own files unless an earlier run did. */
    private Prepared prepare(BatchPlan.PlannedLetter planned) {
        CheckedRow row = planned.row();
        SupporterLetter made = letters.make(row.supporter(), row.constituency(), row.member(), manifest.header().date());
        LaidOutLetter laidOut = files.layOut(made.letter());
        if (!alreadyWritten[planned.ordinal()]) {
            writeSingle(planned, laidOut);
        }
        return new Prepared(made, laidOut);
    }

    private void writeSingle(BatchPlan.PlannedLetter planned, LaidOutLetter letter) {
        List<String> written = new ArrayList<>(2);
        try {
            String pdf = planned.fileStem() + ".pdf";
            AtomicFiles.write(lettersDir.resolve(pdf), out -> files.writePdf(letter, out));
            written.add(BatchRunner.LETTERS_FOLDER + "/" + pdf);
            if (BatchRunner.hasEmail(planned.row().member())) {
                String eml = planned.fileStem() + ".eml";
                AtomicFiles.write(lettersDir.resolve(eml), out -> files.writeEml(letter.letter(), out));
                written.add(BatchRunner.LETTERS_FOLDER + "/" + eml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest.recordDone(planned.row().row(), written);
        doneThisRun.incrementAndGet();
        report(done.incrementAndGet());
    }

    /**
     * Every 25 letters and at the end. Workers finish in any order, so a report that would go back
     * (50 arriving after 75) is dropped rather than make the progress bar jump back.
     */
    private synchronized void report(int count) {
        int total = plan.letterCount();
        if ((count % 25 == 0 || count == total) && count > lastReported) {
            lastReported = count;
            listener.progress(new BatchProgress(Math.min(count, total), total,
                    Duration.ofNanos(System.nanoTime() - started), doneThisRun.get()));
        }
    }

    BatchResult finish() throws IOException {
        Path out = settings.outDir();
        Path report = out.resolve(BatchRunner.REPORT_FILE);
        // Replies can be recorded only into a finished batch, and running it again (or finishing it after its
        // letters' files went missing) rewrites the report: the replies recorded in it are carried over row by row.
        ReportCsv.write(report, this::reportRows, BatchReport.recordedReplies(report));
        summary.writeCsv(out.resolve(BatchRunner.SUMMARY_FILE));
        byte[] png;
        try {
            png = mapPng.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        AtomicFiles.write(out.resolve(BatchRunner.MAP_FILE), png);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Batch finished: {} letters ({} resumed), {} skipped, in {} ms", plan.letterCount(), resumed,
                plan.skippedCount(), elapsed.toMillis());
        return new BatchResult(plan.letterCount(), resumed, pdfOnly, plan.skippedCount(), nearCopyCount, summary, out,
                printFiles, out.resolve(BatchRunner.REPORT_FILE), out.resolve(BatchRunner.SUMMARY_FILE),
                out.resolve(BatchRunner.MAP_FILE), elapsed);
    }

    /** One more pass over the file, in row order: each row's line from what the run kept of it. */
    private void reportRows(java.util.function.Consumer<ReportRow> sink) {
        check.forEachRow(i -> true, (i, row) -> sink.accept(row.ready() ? written(i, row) : skipped(row)));
    }

    private ReportRow written(int ordinal, CheckedRow row) {
        boolean email = BatchRunner.hasEmail(row.member());
        String stem = BatchPlan.fileStem(row, stemNumbers[ordinal]);
        String fileList = BatchRunner.LETTERS_FOLDER + "/" + stem + ".pdf"
                + (email ? "; " + BatchRunner.LETTERS_FOLDER + "/" + stem + ".eml" : "");
        String notes = row.issues().stream().map(RowIssue::message).reduce((a, b) -> a + " " + b).orElse("");
        ReportRow line = new ReportRow(row.row(), row.supporter().name(), row.supporter().postcode(),
                row.constituency().name(), row.member().displayName(), row.member().email(), fileList,
                email ? ReportRow.Outcome.WRITTEN : ReportRow.Outcome.PDF_ONLY, notes, originality[ordinal], 0, 0,
                row.supporter().email());
        return nearCopyOf[ordinal] == 0 ? line : line.withNearCopy(nearCopyOf[ordinal], nearCopySimilarity[ordinal]);
    }

    private static ReportRow skipped(CheckedRow row) {
        String reason = row.reason();
        String notes = reason.isEmpty() ? Messages.get("batch.report.skippedByChoice") : reason;
        // The reason names only what stopped the letter; a bad email is one more thing to correct before it goes.
        if (row.hasIssue(IssueKind.INVALID_EMAIL)
                && EmailAddress.check(row.supporter().email()) instanceof EmailAddress.Invalid invalid) {
            notes += " " + Messages.get("batch.report.invalidEmailSkipped", row.supporter().email(), invalid.reason());
        }
        return new ReportRow(row.row(), row.supporter().name(), row.supporter().postcode(),
                row.constituencyIfKnown().map(c -> c.name()).orElse(""),
                row.memberIfKnown().map(Member::displayName).orElse(""),
                row.memberIfKnown().map(Member::email).orElse(""), "", ReportRow.Outcome.SKIPPED, notes, -1, 0, 0,
                row.supporter().email());
    }

    /** One letter made and set on its pages, its own files written. */
    private record Prepared(SupporterLetter made, LaidOutLetter laidOut) {
    }
}
