package org.dearmp.ui.recent;

import org.dearmp.core.UkDates;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.ui.wizard.WizardViewModel;

/** The list of finished letters: reopen one into the wizard, or delete it. */
public final class RecentLettersViewModel {

    private final RecentLetters store;
    private final WizardViewModel wizard;
    private final ZoneId zone;
    private final ObservableList<SavedLetter> letters = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<SavedLetter> lettersView = FXCollections.unmodifiableObservableList(letters);
    private final ObjectProperty<SavedLetter> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private java.util.function.BooleanSupplier beforeReopen = () -> true;

    public RecentLettersViewModel(RecentLetters store, WizardViewModel wizard, ZoneId zone) {
        this.store = store;
        this.wizard = wizard;
        this.zone = zone;
        empty.bind(javafx.beans.binding.Bindings.isEmpty(letters));
        refresh();
    }

    public void refresh() {
        letters.setAll(store.list());
    }

    /**
     * Asked before a letter is reopened over the one on screen: false leaves the letter on screen as it is
     * (the window uses it to offer keeping an unfinished letter first).
     */
    public void setBeforeReopen(java.util.function.BooleanSupplier check) {
        beforeReopen = java.util.Objects.requireNonNull(check);
    }

    public void reopen() {
        SavedLetter letter = selected.get();
        if (letter != null && beforeReopen.getAsBoolean()) {
            wizard.reopen(letter);
        }
    }

    public void delete() throws IOException {
        SavedLetter letter = selected.get();
        if (letter != null) {
            store.delete(letter.id());
            selected.set(null);
            refresh();
        }
    }

    /** "Not finished" for a letter kept to finish later, "Finished" for the others. */
    public String status(SavedLetter letter) {
        return org.dearmp.i18n.Messages.get(letter.unfinished() ? "ui.recent.unfinished" : "ui.recent.finished");
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

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
