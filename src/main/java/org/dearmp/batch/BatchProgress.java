package org.dearmp.batch;

import java.time.Duration;

/**
 * How far a run has got.
 *
 * @param done    letters finished, including those finished by an earlier, interrupted run
 * @param total   letters the run will make
 * @param elapsed time this run has taken so far
 */
public record BatchProgress(int done, int total, Duration elapsed, int doneThisRun) {

    public BatchProgress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("progress " + done + " of " + total);
        }
    }

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }

    /** Time left at this run's pace; unknown (null) until a few letters are done. */
    public Duration remaining() {
        if (doneThisRun < 20 || elapsed.isZero()) {
            return null;
        }
        double perLetterNanos = (double) elapsed.toNanos() / doneThisRun;
        return Duration.ofNanos((long) (perLetterNanos * (total - done)));
    }
}
