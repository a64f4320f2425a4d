package org.dearmp.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and then shared: what a one-shot command never asks for is never loaded.
 * Thread-safe; the maker runs at most once, unless it throws, in which case the next call tries again.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> maker;
    private volatile T value;

    private Lazy(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> maker) {
        return new Lazy<>(maker);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(maker.get(), "made nothing");
                    value = made;
                }
            }
        }
        return made;
    }

    /** Whether the value has been made yet (so tests can check what a command did not load). */
    public boolean isMade() {
        return value != null;
    }
}
