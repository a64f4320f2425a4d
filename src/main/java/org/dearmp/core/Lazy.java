package org.dearmp.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then kept: for things costly to make (bundled data, fonts)
 * that many threads may ask for at once. The maker runs at most once while it succeeds; when it throws, the
 * next caller tries again, so a passing problem (a file briefly locked) is not remembered for ever.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Object lock = new Object();
    private Supplier<? extends T> maker;
    private volatile T value;

    private Lazy(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    /** @param maker must not return null */
    public static <T> Lazy<T> of(Supplier<? extends T> maker) {
        return new Lazy<>(maker);
    }

    @Override
    public T get() {
        T made = value;
        if (made != null) {
            return made;
        }
        synchronized (lock) {
            if (value == null) {
                value = Objects.requireNonNull(maker.get(), "a lazy value cannot be null");
                maker = null; // what it captured can be collected
            }
            return value;
        }
    }

    /** Whether the value has been made, without making it. */
    public boolean isMade() {
        return value != null;
    }
}
