package org.dearmp.ui.wizard.letter;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.ChecklistItem;
import org.dearmp.letter.LetterChecklist;

/**
 * The checklist for a letter that counts, beside the preview: one row per item, made once and updated with
 * every recomposed letter, so the view binds to it and a screen reader hears each item's state in words.
 * It guides; nothing here holds the step.
 */
public final class ChecklistViewModel {
    private final List<ChecklistRowViewModel> rows = Arrays.stream(ChecklistItem.Check.values())
            .map(ChecklistRowViewModel::new).toList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** Shows the items of the letter just composed; an item the letter's language has no rule for is hidden. */
    void show(List<ChecklistItem> items) {
        for (ChecklistRowViewModel row : rows) {
            row.show(LetterChecklist.item(items, row.check()).orElse(null));
        }
        summary.set(items.isEmpty() ? "" : Messages.get("letter.checklist.summary", LetterChecklist.metCount(items),
                items.size()));
    }

    /** One row per check, in the checklist's order. */
    public List<ChecklistRowViewModel> rows() {
        return rows;
    }

    public ChecklistRowViewModel row(ChecklistItem.Check check) {
        return rows.get(check.ordinal());
    }

    /** "Checklist: 6 of 9 done"; empty while there is no letter. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
