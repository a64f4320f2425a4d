package org.dearmp.ui.batch;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.task.Progress;

/** A run's progress in words ("120 of 400 letters, about 2 minutes left"), and Cancel passed back to the run. */
final class WriteProgress implements BatchListener {
    private final Progress progress;
    private final BooleanSupplier cancelRequested;

    WriteProgress(Progress progress, BooleanSupplier cancelRequested) {
        this.progress = progress;
        this.cancelRequested = cancelRequested;
    }

    @Override
    public void progress(BatchProgress p) {
        Duration left = p.remaining();
        String text = left == null ? Messages.get("ui.batch.write.progress", p.done(), p.total())
                : Messages.get("ui.batch.write.progressLeft", p.done(), p.total(), formatDuration(left));
        progress.update(p.done(), p.total(), text);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested.getAsBoolean() || progress.isCancelled();
    }

    static String formatDuration(Duration left) {
        long seconds = Math.max(1, left.toSeconds());
        return seconds < 90 ? Messages.get("ui.batch.seconds", seconds)
                : Messages.get("ui.batch.minutes", (seconds + 30) / 60);
    }
}
