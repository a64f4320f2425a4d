package org.dearmp.batch.run;

import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.batch.check.BatchCheck;
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

/**
 * Writes a planned batch: per supporter a PDF and an .eml in {@code letters/}, a print file with
 * every letter in print order (one per group of seats in a batch of more than
 * {@value BatchPlan#LETTERS_PER_GROUP} letters, which any PDF reader and printer can take), the report,
 * the summary and the map.
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
    /** A batch of more than one group of seats has a print file per group: "all-letters-for-printing-02-of-12.pdf". */
    static final String PRINT_FILE_PARTS = "all-letters-for-printing-*-of-*.pdf";
    public static final String REPORT_FILE = "report.csv";
    public static final String SUMMARY_FILE = "summary.csv";
    public static final String MAP_FILE = "constituencies-map.png";

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
                    plan.letterCount());
            BatchFolder.refuseAnotherBatch(out, plan);
            try (BatchManifest manifest = BatchManifest.open(out, planned, plan::isFingerprintOf,
                    entry -> filesPresent(out, entry))) {
                BatchRun run = new BatchRun(letters, files, plan, settings, manifest, lettersDir, listener, started,
                        drawMapMeanwhile(plan, settings));
                if (plan.letterCount() == 0) {
                    Files.deleteIfExists(out.resolve(PRINT_FILE));
                } else {
                    run.writeAll();
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
        BatchCheck check = plan.check();
        for (int i = 0; i < check.size(); i++) {
            if (check.statusAt(i) == CheckedRow.Status.READY) {
                lettersByCode.merge(check.seatAt(i).code(), 1, Integer::sum);
            }
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
    private static final String TORN_OWN_FILES = "{" + String.join(",", PRINT_FILE, PRINT_FILE_PARTS, REPORT_FILE, SUMMARY_FILE, MAP_FILE,
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

    /** The same check as the .eml: an address it would refuse (say, in an imported MP list) makes a PDF only. */
    /**
     * A recorded letter's files are all there and not empty. Files are not forced to disk one by one
     * (that would cost more than writing them), so after a power cut a recorded file can be empty;
     * such a letter is written again.
     */
    private static boolean filesPresent(Path out, BatchManifest.Entry entry) {
        return entry.files().stream().map(out::resolve).allMatch(f -> Files.isRegularFile(f) && sizeOf(f) > 0);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The print file of group {@code index} (from 0) of {@code groups}: one group keeps the plain name;
     * the numbers of several are padded ("03-of-53") so the files sort in print order in any folder.
     */
    static String printFileName(int index, int groups) {
        if (groups <= 1) {
            return PRINT_FILE;
        }
        String number = String.format(java.util.Locale.ROOT, "%0" + Integer.toString(groups).length() + "d", index + 1);
        return "all-letters-for-printing-" + number + "-of-" + groups + ".pdf";
    }

    static boolean hasEmail(Member member) {
        return EmailAddress.isValid(member.email());
    }

}
