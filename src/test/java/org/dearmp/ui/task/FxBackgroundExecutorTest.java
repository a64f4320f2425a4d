package org.dearmp.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The app's executor once it has stopped (the app quitting): work handed to it starts nothing and throws nothing. */
class FxBackgroundExecutorTest {

    @Test
    void workSubmittedAfterShutdownIsNotStartedAndThrowsNothing() throws Exception {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        executor.shutdown();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> executor.submit(progress -> {
            ran.set(true);
            return null;
        }, ok -> { }, error -> { })).doesNotThrowAnyException();
        Thread.sleep(50);
        assertThat(ran).isFalse();
    }
}
