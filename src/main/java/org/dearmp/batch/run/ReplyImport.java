package org.dearmp.batch.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.map.ResponseMap;
import org.dearmp.batch.report.BatchManifest;
import org.dearmp.batch.report.BatchReport;
import org.dearmp.batch.report.RepliesFile;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Parliament;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.FileProblems;

/**
 * An organiser's replies file recorded into a finished batch: each good line's outcome into the report's
 * reply columns (a second import replaces a row's outcome; rows it does not name keep theirs), then the
 * figures by MP ({@value #RESPONSES_FILE}) and the map coloured by reply ({@value #RESPONSES_MAP_FILE}).
 */
public final class ReplyImport {
    public static final String RESPONSES_FILE = "responses.csv";
    public static final String RESPONSES_MAP_FILE = "responses-map.png";

    /** What an import did: lines used, lines not used and why, and the figures now. */
    public record Result(int goodLines, List<RepliesFile.Problem> problems, ResponseFigures figures, Path responses,
                         Path map) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean everyLineGood() {
            return problems.isEmpty();
        }
    }

    private ReplyImport() {
    }

    /**
     * Records {@code repliesFile} into the finished batch in {@code folder}, holding the folder's batch lock
     * throughout, so no batch run writes the report (or clears the folder) while the replies are written into it.
     *
     * @param clock what "today" is: no reply is dated after it
     */
    public static Result run(Path folder, Path repliesFile, Parliament parliament, HexMap map, Clock clock) {
        requireFinished(folder); // before the lock, whose file would be a stray in a folder that is no batch
        try (BatchFolderLock held = lock(folder)) {
            return importUnderLock(folder, repliesFile, parliament, map, clock);
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.replies.notWritten", folder, reason(e)), e);
        }
    }

    private static BatchFolderLock lock(Path folder) throws IOException {
        return BatchFolderLock.take(folder, "batch.replies.inUse");
    }

    private static Result importUnderLock(Path folder, Path repliesFile, Parliament parliament, HexMap map,
                                          Clock clock) throws IOException {
        BatchReport report = finishedReport(folder);
        LocalDate letters = BatchManifest.existingHeader(folder).map(BatchManifest.Header::date)
                .orElseThrow(() -> new DearMpException(Messages.get("batch.replies.notABatch", folder)));
        RepliesFile.Matched matched;
        try {
            matched = RepliesFile.match(repliesFile, report, new RepliesFile.ReplyDates(letters, LocalDate.now(clock)));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.replies.unreadable", repliesFile, reason(e)), e);
        }
        report.record(matched.replies());
        ResponseFigures figures = ResponseFigures.of(BatchReport.read(reportFile(folder)), parliament);
        Path responses = folder.resolve(RESPONSES_FILE);
        figures.writeCsv(responses);
        Path png = folder.resolve(RESPONSES_MAP_FILE);
        AtomicFiles.write(png, ResponseMap.renderPng(map, figures.codes(), figures.bestByCode(),
                Messages.get("batch.responses.mapTitle")));
        return new Result(matched.goodLines(), matched.problems(), figures, responses, png);
    }

    /** The figures of a finished batch as its report stands, without importing anything. */
    public static ResponseFigures figures(Path folder, Parliament parliament) {
        return ResponseFigures.of(finishedReport(folder), parliament);
    }

    private static void requireFinished(Path folder) {
        if (BatchFolder.inspect(folder).state() != BatchFolder.State.FINISHED) {
            throw new DearMpException(Messages.get("batch.replies.notABatch", folder));
        }
    }

    private static BatchReport finishedReport(Path folder) {
        requireFinished(folder);
        try {
            return BatchReport.read(reportFile(folder));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.replies.reportUnreadable", folder, reason(e)), e);
        }
    }

    private static Path reportFile(Path folder) {
        return folder.resolve(BatchRunner.REPORT_FILE);
    }

    /** Why, for the end of a sentence of ours: a refused file's reason is a whole sentence, with its full stop. */
    private static String reason(IOException e) {
        String why = FileProblems.why(e);
        return why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
    }
}
