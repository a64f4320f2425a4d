package org.dearmp.ui.wizard.letter;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dearmp.letter.ChecklistItem;
import org.dearmp.ui.common.Controls;

/**
 * The checklist beside the letter: one line per item, a mark (✓, ✗ or !) and its message, with why it
 * matters below in small print. A screen reader hears each line as "To do: ... ." with the reason; the
 * marks are shapes, so the state never rests on colour. Collapsible, so a small window can give the letter
 * the room.
 */
final class ChecklistPane extends TitledPane {

    ChecklistPane(ChecklistViewModel checklist) {
        setId("letter-checklist");
        getStyleClass().add("checklist");
        textProperty().bind(checklist.summaryProperty());
        accessibleTextProperty().bind(checklist.summaryProperty());
        // Folded at first: the letter preview is what the step is for; the title says how many items are done.
        setExpanded(false);
        setAnimated(false);
        VBox rows = new VBox();
        rows.getStyleClass().add("checklist-rows");
        for (ChecklistRowViewModel row : checklist.rows()) {
            rows.getChildren().add(row(row));
        }
        setContent(rows);
        Controls.showWhen(this, checklist.summaryProperty().isNotEmpty());
    }

    private static HBox row(ChecklistRowViewModel row) {
        String id = "checklist-" + row.check().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Label mark = Controls.text(id + "-mark", "", "checklist-mark");
        mark.textProperty().bind(row.markProperty());
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label message = Controls.text(id, "", "checklist-message");
        message.textProperty().bind(row.messageProperty());
        message.accessibleTextProperty().bind(row.accessibleTextProperty());
        message.setWrapText(true);
        Label why = Controls.text(id + "-why", "", "checklist-why", "hint-text");
        why.textProperty().bind(row.whyProperty());
        why.setWrapText(true);
        VBox words = new VBox(message, why);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox line = new HBox(mark, words);
        line.setId(id + "-row");
        line.getStyleClass().add("checklist-row");
        row.stateProperty().addListener((obs, old, now) -> state(line, now));
        state(line, row.stateProperty().get());
        Controls.showWhen(line, row.shownProperty());
        return line;
    }

    private static void state(HBox line, ChecklistItem.State state) {
        for (ChecklistItem.State each : ChecklistItem.State.values()) {
            line.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-')), each == state);
        }
    }
}
