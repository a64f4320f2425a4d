package org.dearmp.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work on a {@link BackgroundExecutor} one piece after another, in the order it was submitted: the next
 * starts only once the one before it has finished, so writes that depend on each other (keep a letter, then drop
 * its draft) never overtake each other, whichever thread the executor uses. Submit and the callbacks are on the
 * FX thread (or, in tests, the calling thread), like the executor's own callbacks.
 */
public final class InOrder {
    private static final long WAIT_AT_CLOSE_SECONDS = 30;

    private final BackgroundExecutor executor;
    private final Deque<Piece<?>> waiting = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Counted down on the background thread when the piece under way has finished; null when none is. */
    private CountDownLatch underWay;

    private record Piece<T>(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    }

    public InOrder(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} once everything submitted before it has finished; then one of the callbacks. */
    public <T> void submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(new Piece<>(work, onSuccess, onFailure));
        if (underWay == null) {
            startNext();
        }
    }

    private void startNext() {
        Piece<?> next = waiting.poll();
        if (next == null) {
            underWay = null;
            busy.set(false);
            return;
        }
        busy.set(true);
        start(next);
    }

    private <T> void start(Piece<T> piece) {
        CountDownLatch done = new CountDownLatch(1);
        underWay = done;
        executor.submit(progress -> {
            try {
                return piece.work().run(progress);
            } finally {
                done.countDown();
            }
        }, value -> {
            piece.onSuccess().accept(value);
            afterwards(done);
        }, error -> {
            piece.onFailure().accept(error);
            afterwards(done);
        });
    }

    private void afterwards(CountDownLatch done) {
        // After a finishNow the piece's callback may come late: the pieces after it have already run.
        if (underWay == done) {
            startNext();
        }
    }

    /**
     * The window is closing: waits for the piece under way, then runs what still waits here, on this thread, in
     * order, so nothing submitted is dropped when the app's threads stop.
     */
    public void finishNow() {
        CountDownLatch current = underWay;
        if (current != null) {
            try {
                current.await(WAIT_AT_CLOSE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        underWay = null;
        CallingThreadExecutor here = new CallingThreadExecutor();
        for (Piece<?> piece = waiting.poll(); piece != null; piece = waiting.poll()) {
            runHere(here, piece);
        }
        busy.set(false);
    }

    private static <T> void runHere(CallingThreadExecutor here, Piece<T> piece) {
        here.submit(piece.work(), piece.onSuccess(), piece.onFailure());
    }

    /** True while something submitted has not finished. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
