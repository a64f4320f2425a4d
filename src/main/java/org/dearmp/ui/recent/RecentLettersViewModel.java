package org.dearmp.ui.recent;

import org.dearmp.core.UkDates;
import java.util.function.Consumer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Status;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.ui.wizard.WizardViewModel;

/**
 * The list of finished letters: reopen one into the wizard, or delete it. The list is read, and a letter deleted,
 * on the wizard's background executor: the FX thread never waits on the letters' files.
 */
public final class RecentLettersViewModel {

    private final RecentLetters store;
    private final WizardViewModel wizard;
    private final ZoneId zone;
    private final ObservableList<SavedLetter> letters = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<SavedLetter> lettersView = FXCollections.unmodifiableObservableList(letters);
    private final ObjectProperty<SavedLetter> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(Messages.get("ui.recent.loading"));
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private Consumer<Throwable> onError = error -> { };
    private org.dearmp.ui.wizard.BeforeAnotherLetter beforeReopen = org.dearmp.ui.wizard.BeforeAnotherLetter.NOTHING_TO_ASK;

    public RecentLettersViewModel(RecentLetters store, WizardViewModel wizard, ZoneId zone) {
        this.store = store;
        this.wizard = wizard;
        this.zone = zone;
        empty.bind(javafx.beans.binding.Bindings.isEmpty(letters));
        refresh();
    }

    /** Reads the list again; until it is read the list says it is loading, and if it cannot be, why. */
    public void refresh() {
        placeholder.set(Messages.get("ui.recent.loading"));
        wizard.executor().submit(progress -> store.list(), list -> {
            letters.setAll(list);
            placeholder.set(Messages.get("ui.recent.empty"));
            loaded.set(true);
        }, error -> {
            placeholder.set(Messages.get("ui.recent.notRead", Status.userMessage(error)));
            loaded.set(true);
        });
    }

    /** Told, on the FX thread, when a letter could not be deleted. */
    public void setOnError(Consumer<Throwable> onError) {
        this.onError = java.util.Objects.requireNonNull(onError);
    }

    /**
     * Asked before a letter is reopened over the one on screen: it may leave the letter on screen as it is
     * (the window uses it to offer keeping an unfinished letter first), and reopens once that one is safe.
     */
    public void setBeforeReopen(org.dearmp.ui.wizard.BeforeAnotherLetter check) {
        beforeReopen = java.util.Objects.requireNonNull(check);
    }

    public void reopen() {
        SavedLetter letter = selected.get();
        if (letter != null) {
            beforeReopen.thenRun(() -> wizard.reopen(letter));
        }
    }

    /** Deletes the chosen letter (and its reply's file), then reads the list again. */
    public void delete() {
        SavedLetter letter = selected.get();
        if (letter != null) {
            selected.set(null);
            wizard.executor().submit(progress -> {
                store.delete(letter.id());
                return letter;
            }, deleted -> refresh(), error -> {
                onError.accept(error);
                refresh();
            });
        }
    }

    /**
     * "Not finished" for a letter kept to finish later; for one that went, how and when, what came back and when
     * to follow up ("Posted 27 November 2026 · No reply · follow up 25 December 2026"); "Finished" for the others.
     */
    public String status(SavedLetter letter) {
        if (letter.unfinished() || letter.sent() == null) {
            return org.dearmp.i18n.Messages.get(letter.unfinished() ? "ui.recent.unfinished" : "ui.recent.finished");
        }
        String outcome = letter.reply() == null ? org.dearmp.i18n.Messages.get("cli.letters.noOutcome")
                : org.dearmp.i18n.Messages.get(letter.reply().outcome().messageKey());
        String sent = org.dearmp.i18n.Messages.get("ui.recent.sentStatus",
                org.dearmp.i18n.Messages.get(letter.sent().sentAs().messageKey()), UkDates.date(letter.sent().on()),
                outcome);
        boolean followedUp = store.followedUp(letter.id(), letters);
        if (followedUp) {
            return org.dearmp.i18n.Messages.get("ui.recent.due", sent, org.dearmp.i18n.Messages.get("ui.recent.followedUp"));
        }
        return org.dearmp.history.FollowUp.next(letter.sent(), letter.reply(), followedUp)
                .map(step -> org.dearmp.i18n.Messages.get("ui.recent.due", sent, org.dearmp.i18n.Messages.get(
                        step.action() == org.dearmp.history.FollowUp.Action.ASK_ABOUT_REPLY
                                ? "history.due.askOn" : "history.due.offerOn", UkDates.date(step.on()))))
                .orElse(sent);
    }

    /** True while the chosen letter is one that went, so a reply can be recorded and a follow-up written. */
    public javafx.beans.binding.BooleanBinding sentSelectedBinding() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().sent() != null, selected);
    }

    /** "27 Nov 2026, 21:40" in the user's time zone. */
    public String when(SavedLetter letter) {
        return UkDates.shortDateAndTime(LocalDateTime.ofInstant(letter.savedAt(), zone));
    }

    public ObservableList<SavedLetter> letters() {
        return lettersView;
    }

    public ObjectProperty<SavedLetter> selectedProperty() {
        return selected;
    }

    /** True once the list has been read for the first time (or found unreadable). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** What the list says while it has no letters: loading, none yet, or why it could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
