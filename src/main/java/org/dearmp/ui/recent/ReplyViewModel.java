package org.dearmp.ui.recent;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.SavedLetter;

/**
 * "Did your MP reply?" for one letter: what the writer chooses and types, and recording it. Recording reads the
 * history and copies the reply's file (up to 50 MB) into the data folder, so it runs on the background executor;
 * while it does, a second Record is refused and the copy can be stopped. On a failure or a stop nothing is
 * recorded and everything chosen and typed stays, with a message saying what happened.
 */
public final class ReplyViewModel {
    private final LetterHistory history;
    private final SavedLetter letter;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final ReadOnlyObjectWrapper<SavedLetter> recorded = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canRecord;
    /** Set by {@link #stop()}; the copy looks at it between chunks. One per recording, so a new one starts clear. */
    private AtomicBoolean stopRequested = new AtomicBoolean();

    public ReplyViewModel(LetterHistory history, SavedLetter letter, BackgroundExecutor executor) {
        this.history = Objects.requireNonNull(history, "history");
        this.letter = Objects.requireNonNull(letter, "letter");
        this.executor = Objects.requireNonNull(executor, "executor");
        canRecord = Bindings.createBooleanBinding(() -> outcome.get() != null && !busy.get(), outcome, busy);
    }

    /**
     * Records the answer in the background; {@link #recordedProperty()} holds the letter as kept once it is done.
     * Does nothing without an outcome, or while a recording is already under way.
     */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        Outcome chosen = outcome.get();
        String words = note.get() == null ? "" : note.get().strip();
        Path attachment = file.get();
        AtomicBoolean stop = new AtomicBoolean();
        stopRequested = stop;
        busy.set(true);
        status.set(Status.working(Messages.get(attachment == null ? "ui.followUp.recording"
                : "ui.followUp.copying")));
        executor.submit(progress -> history.recordReply(letter.id(), chosen, null, words, attachment,
                () -> stop.get() || progress.isCancelled()), replied -> {
                    busy.set(false);
                    status.set(Status.NONE);
                    recorded.set(replied);
                }, error -> {
                    busy.set(false);
                    status.set(stop.get() ? Status.cancelled(Messages.get("ui.followUp.stopped"))
                            : Status.failure(Messages.get("ui.followUp.notRecorded", Status.userMessage(error))));
                });
    }

    /** Stops the copy of the reply's file under way; nothing is recorded, and the answer stays to record again. */
    public void stop() {
        if (busy.get()) {
            stopRequested.set(true);
        }
    }

    /** The letter asked about. */
    public SavedLetter letter() {
        return letter;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The reply's own file to keep with the letter; null for none. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** True while the answer is being recorded: Record, the choices and "Ask me later" wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when Record would do something: an outcome is chosen and nothing is being recorded. */
    public BooleanBinding canRecordBinding() {
        return canRecord;
    }

    /** What recording came to: working, stopped or failed (with why); none once recorded or before. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The letter with its reply as kept, once recorded; null before. */
    public ReadOnlyObjectProperty<SavedLetter> recordedProperty() {
        return recorded.getReadOnlyProperty();
    }
}
