package org.dearmp.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DelayDebouncerTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void eachKeyKeepsItsOwnWaitingActionAndFlushRunsThemAll() {
        DelayDebouncer debouncer = new DelayDebouncer(Duration.ofHours(1));
        debouncer.submit("draft", () -> ran.add("draft 1"));
        debouncer.submit("draft", () -> ran.add("draft 2"));
        debouncer.submit("settings", () -> ran.add("text size"));

        debouncer.flush();
        debouncer.flush();

        assertThat(ran).containsExactly("draft 2", "text size");
    }

    @Test
    void theLatestActionOfEachKeyRunsAfterThePause() throws Exception {
        DelayDebouncer debouncer = new DelayDebouncer(Duration.ofMillis(20));
        CountDownLatch both = new CountDownLatch(2);
        debouncer.submit("draft", () -> {
            ran.add("draft");
            both.countDown();
        });
        debouncer.submit("settings", () -> {
            ran.add("settings");
            both.countDown();
        });
        assertThat(both.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactlyInAnyOrder("draft", "settings");
    }

    @Test
    void flushWaitsForAnActionAlreadyRunning() throws Exception {
        DelayDebouncer debouncer = new DelayDebouncer(Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        debouncer.submit("draft", () -> {
            started.countDown();
            sleep(200);
            ran.add("saved");
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        debouncer.flush();
        assertThat(ran).containsExactly("saved");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
