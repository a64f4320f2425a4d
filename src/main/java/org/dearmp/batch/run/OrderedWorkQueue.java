package org.dearmp.batch.run;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Numbered work items run on a few threads, their results taken back on the calling thread in the
 * order of their numbers, whichever finishes first. At most {@code maxInFlight} items are started but not
 * yet taken back, so however many items there are, only that many results wait in memory.
 *
 * <p>Once cancelled, items not yet started are dropped; items already running are let finish (their
 * work is whole) before {@link #run} returns. A failing item's exception is thrown from {@link #run} when
 * its turn to be taken comes, after the items before it were taken.
 */
public final class OrderedWorkQueue {

    /** Takes the results in order, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Taker<T, E extends Exception> {
        void take(int index, T result) throws E;
    }

    /** What a dropped item's future holds: no result, the item was never started. */
    private static final Object DROPPED = new Object();

    private final int threads;
    private final int maxInFlight;
    private final String threadName;

    /**
     * @param threads     how many items run at once
     * @param maxInFlight how many items may be started (or waiting to start) ahead of the one taken next
     * @param threadName  the workers' names start with this, for thread dumps
     */
    public OrderedWorkQueue(int threads, int maxInFlight, String threadName) {
        if (threads < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("threads and maxInFlight must be at least 1");
        }
        this.threads = threads;
        this.maxInFlight = maxInFlight;
        this.threadName = threadName;
    }

    /**
     * Runs {@code work} for items 0 to {@code count - 1} and gives each result to {@code taker}, in order.
     *
     * @param cancelled asked before each item is started; once true, no more are
     * @return true when every item was taken; false when cancelled (or interrupted) first
     * @throws E                whatever {@code taker} throws; the items still running are let finish first
     * @throws RuntimeException the first failure in item order, as {@code work} threw it
     */
    public <T, E extends Exception> boolean run(int count, IntFunction<? extends T> work, BooleanSupplier cancelled,
                                                Taker<? super T, E> taker) throws E {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        ArrayDeque<Future<Object>> pending = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int taken = 0; taken < count; taken++) {
                while (submitted < count && pending.size() < maxInFlight && !cancelled.getAsBoolean()) {
                    int index = submitted++;
                    pending.add(pool.submit(() -> cancelled.getAsBoolean() ? DROPPED : work.apply(index)));
                }
                Object result = pending.isEmpty() ? DROPPED : get(pending.pollFirst());
                if (result == DROPPED) {
                    return false;
                }
                @SuppressWarnings("unchecked")
                T made = (T) result;
                taker.take(taken, made);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            // The items running now finish, so their work is whole; those not started yet are dropped.
            pool.getQueue().clear();
            pool.shutdown();
            awaitTermination(pool);
        }
    }

    private static Object get(Future<Object> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A minute at most: an item stuck for longer is not worth hanging the caller for. */
    private static void awaitTermination(ThreadPoolExecutor pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ThreadFactory daemonThreads() {
        AtomicInteger made = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, threadName + "-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
