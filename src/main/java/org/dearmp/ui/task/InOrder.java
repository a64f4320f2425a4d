package org.dearmp.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** The piece handed to the executor and not finished yet; null when none is. */
    private Piece<?> underWay;
    /** After {@link #finishNow}: the executor is stopping, so all work runs here, on the calling thread. */
    private boolean closed;
    private boolean runningHere;

    /** One piece of work; whichever thread claims it first (the executor's, or the FX thread at close) runs it. */
    private record Piece<T>(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                            AtomicBoolean claimed, CountDownLatch done) {
        Piece(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            this(work, onSuccess, onFailure, new AtomicBoolean(), new CountDownLatch(1));
        }

        T runClaimed(Progress progress) throws Exception {
            try {
                return work.run(progress);
            } finally {
                done.countDown();
            }
        }
    }

    public InOrder(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} once everything submitted before it has finished; then one of the callbacks. */
    public <T> void submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(new Piece<>(work, onSuccess, onFailure));
        if (closed) {
            // Submitted by a callback of work run at close (a letter kept, then its draft dropped): runs next, here.
            if (!runningHere) {
                runWaitingHere();
            }
        } else if (underWay == null) {
            startNext();
        }
    }

    private void startNext() {
        Piece<?> next = waiting.poll();
        underWay = next;
        busy.set(next != null);
        if (next != null) {
            start(next);
        }
    }

    private <T> void start(Piece<T> piece) {
        executor.submit(progress -> piece.claimed().compareAndSet(false, true) ? Optional.ofNullable(
                piece.runClaimed(progress)) : null, value -> {
                    // Null: the window's close ran it already, and what came after it.
                    if (value != null) {
                        piece.onSuccess().accept(value.orElse(null));
                        afterwards(piece);
                    }
                }, error -> {
                    piece.onFailure().accept(error);
                    afterwards(piece);
                });
    }

    private void afterwards(Piece<?> piece) {
        if (underWay == piece) {
            startNext();
        }
    }

    /**
     * The window is closing: the piece under way is waited for (or, if the executor has not started it, run here),
     * then what still waits is run here, on this thread, in order, so nothing submitted is lost when the app's
     * threads stop.
     */
    public void finishNow() {
        closed = true;
        Piece<?> current = underWay;
        underWay = null;
        if (current != null) {
            if (current.claimed().compareAndSet(false, true)) {
                waiting.addFirst(current);
            } else {
                try {
                    current.done().await(WAIT_AT_CLOSE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        runWaitingHere();
    }

    private void runWaitingHere() {
        runningHere = true;
        CallingThreadExecutor here = new CallingThreadExecutor();
        try {
            for (Piece<?> piece = waiting.poll(); piece != null; piece = waiting.poll()) {
                runHere(here, piece);
            }
        } finally {
            runningHere = false;
        }
        busy.set(false);
    }

    private static <T> void runHere(CallingThreadExecutor here, Piece<T> piece) {
        here.submit(piece::runClaimed, piece.onSuccess(), piece.onFailure());
    }

    /** True while something submitted has not finished. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
