package org.dearmp.ui.batch;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dearmp.batch.run.BatchService;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.Work;

/**
 * What every batch stage shares: the service (loaded on first use), the background work with its
 * busy flag, progress and progress text, the cancel request, and the one status line for every action.
 */
final class BatchTasks {

    private final Supplier<BatchService> serviceLoader;
    private final BackgroundExecutor executor;
    private BatchService service;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    /** One status line for every action, so an earlier message never stands beside a later one. */
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);

    BatchTasks(Supplier<BatchService> serviceLoader, BackgroundExecutor executor) {
        this.serviceLoader = serviceLoader;
        this.executor = executor;
    }

    <T> void run(Work<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, failure -> status.set(Status.failure(message(failure))));
    }

    <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        progress.set(-1);
        var job = executor.submit(work, value -> {
            busy.set(false);
            progress.set(1);
            onSuccess.accept(value);
        }, failure -> {
            busy.set(false);
            progress.set(0);
            onFailure.accept(failure);
        });
        // The executor may have finished already (tests run work on the calling thread).
        if (busy.get()) {
            job.progressProperty().addListener((obs, old, now) -> progress.set(now.doubleValue()));
            job.messageProperty().addListener((obs, old, now) -> {
                if (!cancelRequested.get()) {
                    progressText.set(now);
                }
            });
        }
    }

    /** Stops after the letters being written now; they are kept, and writing again finishes the batch. */
    void cancel() {
        cancelRequested.set(true);
        progressText.set(Messages.get("ui.batch.write.cancelling"));
    }

    void clearCancel() {
        cancelRequested.set(false);
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }

    void status(Status now) {
        status.set(now);
    }

    synchronized BatchService service() {
        if (service == null) {
            service = serviceLoader.get();
        }
        return service;
    }

    /** The service once loaded: the work that loads it has run before anything asks. */
    BatchService loaded() {
        return service;
    }

    Optional<BatchService> loadedService() {
        return Optional.ofNullable(service);
    }

    /** In words for the organiser: never an exception's name. */
    static String message(Throwable failure) {
        return Status.expected(failure) ? Status.userMessage(failure) : Messages.get("ui.batch.error.unexpected");
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
