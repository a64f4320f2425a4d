package org.dearmp.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.task.Job;
import org.dearmp.ui.task.Work;

/**
 * A background executor that only holds what is submitted until the test runs it ({@link #runAll}), on the test
 * thread: what the FX thread did at once is then what happened before {@code runAll}.
 */
public final class HeldExecutor implements BackgroundExecutor {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> new CallingThreadExecutor().submit(work, onSuccess, onFailure));
        return WAITING;
    }

    /** What a caller sees of work that has not started: no progress, no message, not running. */
    private static final Job WAITING = new Job() {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
        }
    };

    /** How many pieces of work wait to be run. */
    public int waiting() {
        return held.size();
    }

    /** Runs what waits, oldest first, and what that submits in turn. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }

    @Override
    public void shutdown() {
    }
}
