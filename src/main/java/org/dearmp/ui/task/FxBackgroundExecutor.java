package org.dearmp.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/** Runs each piece of work as a {@link Task} on a small pool of daemon threads. */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxBackgroundExecutor.class);
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "dear-mp-background-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            // The app is quitting: a window hidden after the executor stopped (its close handler asking for a
            // list to be read again, say) starts nothing, rather than throwing on the FX thread.
            LOG.info("Background work not started: the app is closing");
        }
        return new Job() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return task.messageProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return task.runningProperty();
            }

            @Override
            public void cancel() {
                task.cancel();
            }
        };
    }

    /** A Task whose progress and cancel state the work sees through {@link Progress}. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total, String message) {
            updateProgress(done, total);
            updateMessage(message);
        }
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
