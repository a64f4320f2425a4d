package org.dearmp.ui.batch;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.task.Progress;

/** A run's progress in words ("120 of 400 letters, about 2 minutes left"), and Cancel passed back to the run. */
final class WriteProgress implements BatchListener {
    /**
     * The screen hears of progress at most this often: each update redraws the window, and at 2,000
     * letters a second an update every 25 letters redrew it on every frame, which cost the batch itself
     * a third of its speed on two cores (GuiBatchRateBench).
     */
    static final Duration SHOWN_EVERY = Duration.ofMillis(250);

    private final Progress progress;
    private final BooleanSupplier cancelRequested;
    private Duration lastShown;

    WriteProgress(Progress progress, BooleanSupplier cancelRequested) {
        this.progress = progress;
        this.cancelRequested = cancelRequested;
    }

    @Override
    public synchronized void progress(BatchProgress p) {
        boolean last = p.done() == p.total();
        if (!last && lastShown != null && p.elapsed().minus(lastShown).compareTo(SHOWN_EVERY) < 0) {
            return;
        }
        lastShown = p.elapsed();
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
