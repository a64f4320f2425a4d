package org.dearmp.batch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The batch's work queue: results in order whatever order the work finishes in, only so many ahead,
 * Cancel and failures. Items wait on latches for one another, so no test depends on timing (the long
 * latch timeouts only keep a broken queue from hanging the build).
 */
class OrderedWorkQueueTest {

    private final List<Integer> taken = new CopyOnWriteArrayList<>();
    private final List<Integer> started = new CopyOnWriteArrayList<>();
    private final List<Integer> finished = new CopyOnWriteArrayList<>();

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the latch opened").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void resultsAreTakenInOrderEvenWhenLaterItemsFinishFirst() {
        CountDownLatch lastDone = new CountDownLatch(1);
        boolean whole = new OrderedWorkQueue(3, 3, "test").run(3, i -> {
            if (i == 0) {
                await(lastDone); // the first item finishes only after the last one has
            }
            finished.add(i);
            if (i == 2) {
                lastDone.countDown();
            }
            return "letter " + i;
        }, () -> false, (i, result) -> {
            assertThat(result).isEqualTo("letter " + i);
            taken.add(i);
        });

        assertThat(whole).isTrue();
        assertThat(finished.indexOf(2)).as("item 2 finished before item 0").isLessThan(finished.indexOf(0));
        assertThat(taken).containsExactly(0, 1, 2);
    }

    @Test
    void noMoreThanMaxInFlightItemsAreStartedAheadOfTheOneTakenNext() {
        int maxInFlight = 2;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        CountDownLatch secondStarted = new CountDownLatch(1);
        // More threads than may be in flight: only the bound keeps items 2 and 3 from starting at once.
        boolean whole = new OrderedWorkQueue(4, maxInFlight, "test").run(20, i -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (i == 1) {
                secondStarted.countDown();
            }
            if (i == 0) {
                await(secondStarted); // so the queue is full once at least
            }
            return i;
        }, () -> false, (i, result) -> {
            inFlight.decrementAndGet();
            taken.add(result);
        });

        assertThat(whole).isTrue();
        assertThat(taken).hasSize(20).isSorted();
        assertThat(mostInFlight.get()).isEqualTo(maxInFlight);
    }

    @Test
    void cancelStopsStartingItemsButLetsTheRunningOnesFinish() {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch cancelSeen = new CountDownLatch(1);
        boolean whole = new OrderedWorkQueue(2, 2, "test").run(10, i -> {
            started.add(i);
            if (i == 0) {
                await(secondStarted);
            }
            if (i == 1) {
                secondStarted.countDown();
                await(cancelSeen); // still running when Cancel is pressed
            }
            finished.add(i);
            return i;
        }, cancelled::get, (i, result) -> {
            taken.add(result);
            if (i == 0) {
                cancelled.set(true);
                cancelSeen.countDown();
            }
        });

        assertThat(whole).as("not every item was taken").isFalse();
        assertThat(started).as("nothing started after Cancel").containsExactlyInAnyOrder(0, 1);
        assertThat(finished).as("the item running at Cancel was finished").containsExactlyInAnyOrder(0, 1);
        assertThat(taken).containsExactly(0, 1);
    }

    @Test
    void cancelledBeforeTheStartNothingRuns() {
        boolean whole = new OrderedWorkQueue(2, 4, "test").run(5, i -> {
            started.add(i);
            return i;
        }, () -> true, (i, result) -> taken.add(result));

        assertThat(whole).isFalse();
        assertThat(started).isEmpty();
        assertThat(taken).isEmpty();
    }

    @Test
    void theFirstFailureInItemOrderIsThrownAfterTheItemsBeforeItWereTaken() {
        IllegalStateException third = new IllegalStateException("third");
        CountDownLatch fourthFailed = new CountDownLatch(1);
        assertThatThrownBy(() -> new OrderedWorkQueue(3, 3, "test").run(10, i -> {
            if (i == 2) {
                await(fourthFailed); // fails after item 3 did, but comes first
                throw third;
            }
            if (i == 3) {
                fourthFailed.countDown();
                throw new IllegalStateException("fourth");
            }
            return i;
        }, () -> false, (i, result) -> taken.add(result))).isSameAs(third);

        assertThat(taken).containsExactly(0, 1);
    }

    @Test
    void whatTheTakerThrowsIsThrownAndNoMoreItemsAreStarted() {
        IOException full = new IOException("disk full");
        assertThatThrownBy(() -> new OrderedWorkQueue(1, 1, "test").run(10, i -> {
            started.add(i);
            return i;
        }, () -> false, (i, result) -> {
            if (i == 1) {
                throw full;
            }
        })).isSameAs(full);

        assertThat(started).as("one in flight at a time: nothing after the failing item").containsExactly(0, 1);
    }
}
