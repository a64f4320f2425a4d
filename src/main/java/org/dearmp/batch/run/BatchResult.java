package org.dearmp.batch.run;

import org.dearmp.batch.report.BatchSummary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a finished run made.
 *
 * @param written     letters written in all (this run and any run it resumed)
 * @param resumed     of those, how many an earlier run had already written
 * @param pdfOnly     letters without an email, because the MP has no address
 * @param skipped     rows that got no letter (each is in the report with its reason)
 * @param printFiles  the print file, or one per group of seats in a large batch; none when no letter was written
 * @param nearCopies  supporters whose own words nearly copy another's to the same MP (each is in the report)
 */
public record BatchResult(int written, int resumed, int pdfOnly, int skipped, int nearCopies,
                          BatchSummary summary, Path outDir, List<Path> printFiles, Path report, Path summaryFile, Path map,
                          Duration elapsed) {
    public BatchResult {
        printFiles = List.copyOf(printFiles);
    }

    /** The print file, or the first of several; null when no letter was written. */
    public Path printFile() {
        return printFiles.isEmpty() ? null : printFiles.get(0);
    }

    public boolean everyRowWritten() {
        return skipped == 0;
    }
}
