package org.dearmp.ui.templateeditor;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.InOrder;
import org.dearmp.ui.task.Work;

/**
 * What the Templates screen writes (a save, a new template, a copy, a deletion): each on the background executor,
 * {@link InOrder one after another}, so the FX thread never waits on a file, with the screen busy meanwhile. A
 * failure is said on the status line in plain words (and, for a bug, in the error dialog too).
 */
final class EditorWrites {
    private final InOrder inOrder;
    private final ReadOnlyObjectWrapper<Status> status;
    private final DialogService dialogs;
    /**
     * Writes submitted and not finished. Counted down before a write's own callback runs, so what the callback does
     * (select the new copy, say) sees only the writes still to come, not its own.
     */
    private int pending;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    EditorWrites(BackgroundExecutor executor, ReadOnlyObjectWrapper<Status> status, DialogService dialogs) {
        this.inOrder = new InOrder(executor);
        this.status = status;
        this.dialogs = dialogs;
    }

    /**
     * Runs {@code work} after the writes before it, saying {@code working} meanwhile; then {@code done}, or
     * {@code failed} and the failure said in the words {@code failure} gives the reason.
     */
    <T> void submit(String working, Work<T> work, Consumer<? super T> done, Runnable failed,
                    UnaryOperator<String> failure) {
        status.set(Status.working(working));
        started();
        inOrder.submit(work, value -> {
            finished();
            done.accept(value);
        }, error -> {
            finished();
            failed.run();
            status.set(Status.failure(failure.apply(Status.userMessage(error))));
            if (!Status.expected(error)) {
                dialogs.showError(error);
            }
        });
    }

    /** Runs {@code then} once every write submitted so far has finished, whether or not it worked. */
    void afterAll(Runnable then) {
        started();
        inOrder.submit(progress -> null, ok -> {
            finished();
            then.run();
        }, error -> {
            finished();
            then.run();
        });
    }

    private void started() {
        pending++;
        busy.set(true);
    }

    private void finished() {
        pending--;
        busy.set(pending > 0);
    }

    /** True while a write has not finished: the commands that write wait, so nothing is sent twice. */
    boolean busy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The window has gone (or the app is quitting): what is still to be written is written now, here. */
    void finishNow() {
        inOrder.finishNow();
    }
}
