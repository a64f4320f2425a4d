package org.dearmp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void makesTheValueOnFirstUseOnlyAndSharesIt() {
        AtomicInteger made = new AtomicInteger();
        Lazy<StringBuilder> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new StringBuilder("x");
        });
        assertThat(lazy.isMade()).isFalse();
        assertThat(made).hasValue(0);

        StringBuilder first = lazy.get();

        assertThat(lazy.get()).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(lazy.isMade()).isTrue();
    }

    @Test
    void aMakerThatFailsIsTriedAgainNextTime() {
        AtomicInteger tries = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return "made";
        });

        assertThatThrownBy(lazy::get).hasMessage("not yet");
        assertThat(lazy.isMade()).isFalse();
        assertThat(lazy.get()).isEqualTo("made");
    }
}
