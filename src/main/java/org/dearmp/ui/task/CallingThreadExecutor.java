package org.dearmp.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: for tests, and anything that needs no toolkit. */
public final class CallingThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        boolean[] cancelled = {false};
        Job job = new Job() {
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
                cancelled[0] = true;
            }
        };
        T value;
        try {
            value = work.run(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception | LinkageError e) {
            running.set(false);
            onFailure.accept(e);
            return job;
        }
        running.set(false);
        onSuccess.accept(value);
        return job;
    }

    @Override
    public void shutdown() {
    }
}
