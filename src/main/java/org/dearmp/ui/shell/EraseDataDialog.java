package org.dearmp.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.OwnerSized;

/**
 * "Erase all my data": says exactly what goes (each kind of data the app keeps, see
 * {@link org.dearmp.userdata.UserDataEraser}) and, when there are saved templates, lets campaign staff keep
 * them. Keeping them is ticked: a template is work, often hours of it, rather than data about the person,
 * and erasing cannot be undone, so it takes a deliberate untick; the list says plainly that they stay.
 */
public final class EraseDataDialog {
    private EraseDataDialog() {
    }

    /** Empty when the user keeps their data; otherwise whether the saved templates are to be kept. */
    public static Optional<Boolean> ask(Window owner, Path folder, boolean hasTemplates) {
        ButtonType erase = new ButtonType(Messages.get("ui.erase.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("ui.erase.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", erase, keep);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("ui.erase.title"));
        alert.setHeaderText(Messages.get("ui.erase.header"));
        alert.getDialogPane().setId("erase-dialog");

        CheckBox keepTemplates = new CheckBox(Messages.get("ui.erase.keepTemplates"));
        keepTemplates.setId("erase-keep-templates");
        keepTemplates.setWrapText(true);
        keepTemplates.setSelected(hasTemplates);
        HBox templates = item("erase-item-templates", "ui.erase.item.templates");
        Controls.showWhen(templates, keepTemplates.selectedProperty().not());
        VBox content = new VBox(Controls.text("erase-message", Messages.get("ui.erase.intro", folder)),
                item("erase-item-draft", "ui.erase.item.draft"), item("erase-item-letters", "ui.erase.item.letters"),
                item("erase-item-details", "ui.erase.item.details"),
                item("erase-item-settings", "ui.erase.item.settings"),
                item("erase-item-mp-lists", "ui.erase.item.mpLists"), templates,
                Controls.text("erase-stays", Messages.get("ui.erase.stays")));
        if (hasTemplates) {
            Label hint = Controls.text("erase-keep-templates-hint", Messages.get("ui.erase.keepTemplatesHint"),
                    "hint-text");
            keepTemplates.setAccessibleHelp(hint.getText());
            content.getChildren().addAll(keepTemplates, hint);
        }
        content.getStyleClass().add("dialog-content");
        alert.getDialogPane().setContent(content);
        OwnerSized.fit(alert, content, owner, 32);

        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        keepButton.setId("erase-keep");
        keepButton.setDefaultButton(true);
        Button eraseButton = (Button) alert.getDialogPane().lookupButton(erase);
        eraseButton.setId("erase-confirm");
        eraseButton.setDefaultButton(false);
        return alert.showAndWait().filter(erase::equals).map(b -> hasTemplates && keepTemplates.isSelected());
    }

    /** "Everything has been erased" (and, if they stayed, that the saved templates are still there). */
    public static void done(Window owner, boolean keptTemplates) {
        Alert done = new Alert(Alert.AlertType.INFORMATION, "", org.dearmp.ui.common.DialogButtons.ok());
        done.initOwner(owner);
        done.setHeaderText(null);
        done.setTitle(Messages.get("ui.erase.title"));
        done.getDialogPane().setId("erase-done");
        OwnerSized.fit(done, Controls.dialogMessage(done.getDialogPane(), "erase-done-message",
                Messages.get(keptTemplates ? "ui.erase.doneKeptTemplates" : "ui.erase.done")), owner, 28);
        done.showAndWait();
    }

    /** What the user is told when the erase stopped part way: in plain words, why, and to try again. */
    public static org.dearmp.core.DearMpException notErased(Throwable why) {
        return new org.dearmp.core.DearMpException(Messages.get("ui.erase.failed",
                org.dearmp.store.FileProblems.why(why)), why);
    }

    /** "• your recent letters...": the bullet apart from the words, so a wrapped line starts under the words. */
    private static HBox item(String id, String key) {
        String words = Messages.get(key);
        Label item = Controls.text(id, words.startsWith("\u2022 ") ? words.substring(2) : words, "erase-item");
        Label bullet = new Label("\u2022");
        bullet.getStyleClass().add("erase-bullet");
        bullet.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(bullet, item);
        row.getStyleClass().add("erase-row");
        HBox.setHgrow(item, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }
}
