package org.dearmp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void makesTheValueOnlyWhenFirstAskedAndThenKeepsIt() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertThat(made).hasValue(0);
        assertThat(lazy.isMade()).isFalse();

        Object first = lazy.get();

        assertThat(lazy.get()).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(lazy.isMade()).isTrue();
    }

    @Test
    void aMakerThatFailsIsTriedAgainNextTime() {
        AtomicInteger tries = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("file briefly locked");
            }
            return "read";
        });
        assertThatThrownBy(lazy::get).hasMessage("file briefly locked");
        assertThat(lazy.get()).isEqualTo("read");
        assertThat(tries).hasValue(2);
    }

    @Test
    void aNullValueIsRefused() {
        Lazy<String> lazy = Lazy.of(() -> null);
        assertThatThrownBy(lazy::get).isInstanceOf(NullPointerException.class);
    }

    @Test
    void manyThreadsAskingAtOnceShareOneValue() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Object>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return lazy.get();
                }, pool));
            }
            start.countDown();
            Object first = answers.get(0).get();
            for (CompletableFuture<Object> answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
            assertThat(made).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
