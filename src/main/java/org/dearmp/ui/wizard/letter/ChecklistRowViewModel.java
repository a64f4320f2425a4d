package org.dearmp.ui.wizard.letter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.ChecklistItem;

/** One item of the checklist as the letter step shows it: its mark, its message, why it matters, all in words. */
public final class ChecklistRowViewModel {
    private final ChecklistItem.Check check;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ChecklistItem.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper mark = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper("");

    ChecklistRowViewModel(ChecklistItem.Check check) {
        this.check = check;
    }

    void show(ChecklistItem item) {
        shown.set(item != null);
        state.set(item == null ? null : item.state());
        mark.set(item == null ? "" : item.state().mark(true));
        message.set(item == null ? "" : item.message());
        why.set(item == null ? "" : item.why());
        accessibleText.set(item == null ? "" : Messages.get("ui.letter.checklist.accessible", item.state().word(),
                item.message(), item.why()));
    }

    public ChecklistItem.Check check() {
        return check;
    }

    /** False for an item the letter has no rule for (US spelling in a Welsh letter) or while there is no letter. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChecklistItem.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** ✓, ✗ or !: a shape as well as a colour. */
    public ReadOnlyStringProperty markProperty() {
        return mark.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line on why the item matters. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** "To do: Add your full address and postcode. MPs deal with their own constituents...": state in words first. */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return accessibleText.getReadOnlyProperty();
    }
}
