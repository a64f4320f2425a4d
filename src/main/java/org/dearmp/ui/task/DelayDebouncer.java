package org.dearmp.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits until no new action has come under a key for a while, then runs the last one on a background
 * thread. Keys do not touch each other's waiting actions.
 */
public final class DelayDebouncer implements Debouncer {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dear-mp-debouncer");
        t.setDaemon(true);
        return t;
    });
    private final long delayMillis;
    /** What waits, by key, in the order the keys were first submitted. */
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    /** Held while an action runs, so a flush returns only once a save already under way has finished. */
    private final Object running = new Object();

    private record Waiting(Runnable action, ScheduledFuture<?> timer) {
    }

    public DelayDebouncer(Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    @Override
    public synchronized void submit(String key, Runnable action) {
        Waiting old = waiting.remove(key);
        if (old != null) {
            old.timer().cancel(false);
        }
        ScheduledFuture<?> timer = scheduler.schedule(() -> runWaiting(key), delayMillis, TimeUnit.MILLISECONDS);
        waiting.put(key, new Waiting(action, timer));
    }

    @Override
    public void flush() {
        List<String> keys;
        synchronized (this) {
            keys = new ArrayList<>(waiting.keySet());
        }
        for (String key : keys) {
            runWaiting(key);
        }
        synchronized (running) {
            // Waits for an action the timer started just before the flush.
        }
    }

    private void runWaiting(String key) {
        synchronized (running) {
            Waiting next;
            synchronized (this) {
                next = waiting.remove(key);
            }
            if (next != null) {
                next.timer().cancel(false);
                next.action().run();
            }
        }
    }
}
