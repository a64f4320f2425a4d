package org.dearmp.batch.run;

import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.check.RowIssue;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.report.BatchManifest;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.batch.report.NearCopyFinder;
import org.dearmp.batch.report.ReportCsv;
import org.dearmp.batch.report.ReportRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.dearmp.store.FileProblems;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.export.pdf.LaidOutLetter;
import org.dearmp.letter.EmailAddress;
import org.dearmp.parliament.Member;
import org.dearmp.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a planned batch: per supporter a PDF and an .eml in {@code letters/}, one print file
 * with every letter in print order, the report, the summary and the map.
 *
 * <p>Streaming, with bounded memory: an {@link OrderedWorkQueue} makes each letter, lays it out and
 * writes its own files on a few threads, at most a few dozen letters ahead of the print file; the print
 * file takes the laid-out letters back in print order and writes its pages out as they fill. Each file
 * is written to a temporary name and moved into place, and
 * the manifest records a letter only once its files are complete, so after Cancel or a crash a new
 * run of the same plan writes each remaining letter exactly once. The print file is remade in full
 * on every run (it is one document, so it cannot be appended to safely).
 */
public final class BatchRunner {

    public static final String LETTERS_FOLDER = "letters";
    public static final String PRINT_FILE = "all-letters-for-printing.pdf";
    public static final String REPORT_FILE = "report.csv";
    public static final String SUMMARY_FILE = "summary.csv";
    public static final String MAP_FILE = "constituencies-map.png";

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final int QUEUE_PER_THREAD = 16;

    private final SupporterLetters letters;
    private final LetterFiles files;
    private final HexMap map;

    public BatchRunner(SupporterLetters letters, LetterFiles files, HexMap map) {
        this.letters = Objects.requireNonNull(letters, "letters");
        this.files = Objects.requireNonNull(files, "files");
        this.map = Objects.requireNonNull(map, "map");
    }

    public BatchResult run(BatchPlan plan, BatchSettings settings, BatchListener listener) {
        long started = System.nanoTime();
        Path out = settings.outDir();
        Path lettersDir = out.resolve(LETTERS_FOLDER);
        try {
            Files.createDirectories(lettersDir);
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.run.writeFailed", out, FileProblems.why(e)), e);
        }
        try (BatchFolderLock folder = BatchFolderLock.take(out)) {
            removeTornFiles(lettersDir, ".*.part");
            removeTornFiles(out, "." + TORN_OWN_FILES + ".*.part");
            BatchManifest.Header planned = new BatchManifest.Header(plan.hash(), settings.templateId(), settings.date(),
                    plan.letters().size());
            try (BatchManifest manifest = BatchManifest.open(out, planned)) {
                Run run = new Run(plan, settings, manifest, lettersDir, listener, started, drawMapMeanwhile(plan, settings));
                if (plan.letters().isEmpty()) {
                    Files.deleteIfExists(out.resolve(PRINT_FILE));
                } else {
                    AtomicFiles.write(out.resolve(PRINT_FILE), run::writeAll);
                }
                manifest.sync();
                return run.finish();
            }
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.run.writeFailed", out, FileProblems.why(e)), e);
        } catch (UncheckedIOException e) {
            throw new DearMpException(Messages.get("batch.run.writeFailed", out, FileProblems.why(e)), e);
        }
    }

    /**
     * The map needs only how many letters go to each seat, which the plan already says: drawn on a
     * thread of its own while the letters are written, it is ready when they are (drawing it after them
     * was a tenth of a small batch's time).
     */
    private CompletableFuture<byte[]> drawMapMeanwhile(BatchPlan plan, BatchSettings settings) {
        Map<String, Integer> lettersByCode = new HashMap<>();
        for (BatchPlan.PlannedLetter letter : plan.letters()) {
            lettersByCode.merge(letter.row().constituency().code(), 1, Integer::sum);
        }
        String title = settings.senderOrg().isEmpty() ? Messages.get("batch.map.title")
                : Messages.get("batch.map.titleOrg", settings.senderOrg());
        CompletableFuture<byte[]> png = new CompletableFuture<>();
        Thread drawer = new Thread(() -> {
            try {
                png.complete(map.renderPng(lettersByCode, title));
            } catch (RuntimeException | Error e) {
                png.completeExceptionally(e);
            }
        }, "batch-map");
        drawer.setDaemon(true);
        drawer.start();
        return png;
    }

    /** The run's own files in the output folder, as a glob: their temporary files are removed on a new run. */
    private static final String TORN_OWN_FILES = "{" + String.join(",", PRINT_FILE, REPORT_FILE, SUMMARY_FILE, MAP_FILE,
            BatchManifest.FILE_NAME) + "}";

    /**
     * A crash can leave AtomicFiles' hidden temporary files behind (letters, the print file, the report):
     * they are never complete files. Only the run's own are removed; anything else in the folder stays.
     */
    private static void removeTornFiles(Path folder, String glob) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, glob)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** One run's state. */
    private final class Run {
        private final BatchPlan plan;
        private final BatchSettings settings;
        private final BatchManifest manifest;
        private final Path lettersDir;
        private final BatchListener listener;
        private final long started;
        private final BatchSummary summary = new BatchSummary();
        private final NearCopyFinder nearCopies = new NearCopyFinder(letters::similarity);
        private final List<NearCopyFinder.NearCopy> copies = new ArrayList<>();
        private final float[] originality;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger doneThisRun = new AtomicInteger();
        private final int resumed;
        private int lastReported = -1;
        /** By index in the plan: the letter's files were written, whole, by an earlier run. */
        private final boolean[] alreadyWritten;
        private int pdfOnly;
        private final CompletableFuture<byte[]> mapPng;

        Run(BatchPlan plan, BatchSettings settings, BatchManifest manifest, Path lettersDir, BatchListener listener,
            long started, CompletableFuture<byte[]> mapPng) {
            this.mapPng = mapPng;
            this.plan = plan;
            this.settings = settings;
            this.manifest = manifest;
            this.lettersDir = lettersDir;
            this.listener = listener;
            this.started = started;
            this.originality = new float[plan.letters().size()];
            this.alreadyWritten = new boolean[plan.letters().size()];
            int count = 0;
            for (int i = 0; i < alreadyWritten.length; i++) {
                int row = plan.letters().get(i).row().row();
                alreadyWritten[i] = manifest.isDone(row) && filesPresent(manifest.entry(row));
                count += alreadyWritten[i] ? 1 : 0;
            }
            this.resumed = count;
            done.set(resumed);
        }

        /**
         * Letters are made, laid out and written to their own files by the queue, a few ahead of the
         * print file; this thread takes them back in print order for the print file, the summary and
         * the near-copy check, which need that order.
         */
        void writeAll(java.io.OutputStream printOut) throws IOException {
            String title = settings.senderOrg().isEmpty() ? Messages.get("batch.print.title")
                    : Messages.get("batch.print.titleOrg", settings.senderOrg());
            OrderedWorkQueue queue = new OrderedWorkQueue(settings.threads(), settings.threads() * QUEUE_PER_THREAD,
                    "batch-letters");
            try (LetterFiles.PrintFile print = files.openPrintFile(printOut, title, settings.senderOrg())) {
                report(0);
                boolean whole = queue.run(plan.letters().size(), this::prepare, listener::cancelled, (i, prepared) -> {
                    CheckedRow row = plan.letters().get(i).row();
                    originality[i] = (float) prepared.made().originality();
                    summary.add(row.constituency(), row.member());
                    nearCopies.add(row.row(), prepared.made().ownWordsFingerprints()).ifPresent(copies::add);
                    if (!hasEmail(row.member())) {
                        pdfOnly++;
                    }
                    print.add(prepared.laidOut());
                });
                if (!whole) {
                    throw new BatchCancelledException();
                }
            }
        }

        /** Makes and lays out one letter and writes its own files unless an earlier run did. */
        private Prepared prepare(int index) {
            BatchPlan.PlannedLetter planned = plan.letters().get(index);
            CheckedRow row = planned.row();
            SupporterLetter made = letters.make(row.supporter(), row.constituency(), row.member(), manifest.header().date());
            LaidOutLetter laidOut = files.layOut(made.letter());
            if (!alreadyWritten[index]) {
                writeSingle(planned, laidOut);
            }
            return new Prepared(made, laidOut);
        }

        private void writeSingle(BatchPlan.PlannedLetter planned, LaidOutLetter letter) {
            List<String> written = new ArrayList<>(2);
            try {
                String pdf = planned.fileStem() + ".pdf";
                AtomicFiles.write(lettersDir.resolve(pdf), out -> files.writePdf(letter, out));
                written.add(LETTERS_FOLDER + "/" + pdf);
                if (hasEmail(planned.row().member())) {
                    String eml = planned.fileStem() + ".eml";
                    AtomicFiles.write(lettersDir.resolve(eml), out -> files.writeEml(letter.letter(), out));
                    written.add(LETTERS_FOLDER + "/" + eml);
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
            if ((count % 25 == 0 || count == plan.letters().size()) && count > lastReported) {
                lastReported = count;
                listener.progress(new BatchProgress(Math.min(count, plan.letters().size()), plan.letters().size(),
                        Duration.ofNanos(System.nanoTime() - started), doneThisRun.get()));
            }
        }

        /**
         * A recorded letter's files are all there and not empty. Files are not forced to disk one by one
         * (that would cost more than writing them), so after a power cut a recorded file can be empty;
         * such a letter is written again.
         */
        private boolean filesPresent(BatchManifest.Entry entry) {
            return entry != null && entry.files().stream().map(f -> settings.outDir().resolve(f))
                    .allMatch(f -> Files.isRegularFile(f) && sizeOf(f) > 0);
        }

        private static long sizeOf(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }

        BatchResult finish() throws IOException {
            Path out = settings.outDir();
            List<ReportRow> rows = reportRows();
            ReportCsv.write(out.resolve(REPORT_FILE), rows);
            summary.writeCsv(out.resolve(SUMMARY_FILE));
            byte[] png;
            try {
                png = mapPng.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
            AtomicFiles.write(out.resolve(MAP_FILE), png);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Batch finished: {} letters ({} resumed), {} skipped, in {} ms", plan.letters().size(), resumed,
                    plan.skipped().size(), elapsed.toMillis());
            return new BatchResult(plan.letters().size(), resumed, pdfOnly, plan.skipped().size(), copies, summary, out,
                    plan.letters().isEmpty() ? null : out.resolve(PRINT_FILE), out.resolve(REPORT_FILE), out.resolve(SUMMARY_FILE), out.resolve(MAP_FILE),
                    elapsed);
        }

        private List<ReportRow> reportRows() {
            java.util.Map<Integer, NearCopyFinder.NearCopy> copyByRow = new java.util.HashMap<>();
            copies.forEach(c -> copyByRow.put(c.row(), c));
            List<ReportRow> rows = new ArrayList<>(plan.letters().size() + plan.skipped().size());
            for (int i = 0; i < plan.letters().size(); i++) {
                BatchPlan.PlannedLetter planned = plan.letters().get(i);
                CheckedRow row = planned.row();
                boolean email = hasEmail(row.member());
                String fileList = LETTERS_FOLDER + "/" + planned.fileStem() + ".pdf"
                        + (email ? "; " + LETTERS_FOLDER + "/" + planned.fileStem() + ".eml" : "");
                String notes = row.issues().stream().map(RowIssue::message).reduce((a, b) -> a + " " + b).orElse("");
                ReportRow reportRow = new ReportRow(row.row(), row.supporter().name(), row.supporter().postcode(),
                        row.constituency().name(), row.member().displayName(), row.member().email(), fileList,
                        email ? ReportRow.Outcome.WRITTEN : ReportRow.Outcome.PDF_ONLY, notes, originality[i], 0, 0);
                NearCopyFinder.NearCopy copy = copyByRow.get(row.row());
                rows.add(copy == null ? reportRow : reportRow.withNearCopy(copy.copyOfRow(), copy.similarity()));
            }
            for (CheckedRow row : plan.skipped()) {
                rows.add(new ReportRow(row.row(), row.supporter().name(), row.supporter().postcode(),
                        row.constituencyIfKnown().map(c -> c.name()).orElse(""),
                        row.memberIfKnown().map(Member::displayName).orElse(""),
                        row.memberIfKnown().map(Member::email).orElse(""), "", ReportRow.Outcome.SKIPPED,
                        skipReason(row), -1, 0, 0));
            }
            rows.sort(java.util.Comparator.comparingInt(ReportRow::row));
            return rows;
        }

        private String skipReason(CheckedRow row) {
            String reason = row.reason();
            return reason.isEmpty() ? Messages.get("batch.report.skippedByChoice") : reason;
        }
    }

    /** The same check as the .eml: an address it would refuse (say, in an imported MP list) makes a PDF only. */
    private static boolean hasEmail(Member member) {
        return EmailAddress.isValid(member.email());
    }

    /** One letter made and set on its pages, its own files written. */
    private record Prepared(SupporterLetter made, LaidOutLetter laidOut) {
    }
}
