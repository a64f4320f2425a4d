package org.dearmp.ui.task;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Waits until no new action has come for a while, then runs the last one on a background thread. */
public final class DelayDebouncer implements Debouncer {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dear-mp-debouncer");
        t.setDaemon(true);
        return t;
    });
    private final long delayMillis;
    private ScheduledFuture<?> pending;
    private Runnable pendingAction;

    public DelayDebouncer(Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    @Override
    public synchronized void submit(Runnable action) {
        if (pending != null) {
            pending.cancel(false);
        }
        pendingAction = action;
        pending = scheduler.schedule(this::runPending, delayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void flush() {
        runPending();
    }

    private void runPending() {
        Runnable action;
        synchronized (this) {
            action = pendingAction;
            pendingAction = null;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        if (action != null) {
            action.run();
        }
    }
}
