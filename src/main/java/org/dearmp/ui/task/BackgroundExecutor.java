package org.dearmp.ui.task;

import java.util.function.Consumer;

/**
 * Runs slow work away from the FX thread. The app uses {@link FxBackgroundExecutor}
 * ({@code javafx.concurrent.Task} on a daemon thread); tests use {@link CallingThreadExecutor}.
 * The callbacks always run on the FX thread (or, in tests, the calling thread).
 */
public interface BackgroundExecutor {

    <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work; running work is cancelled. */
    void shutdown();
}
