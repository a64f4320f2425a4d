package org.dearmp.ui.shell;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.OwnerSized;

/** "New letter" while a letter is unfinished: keep it in Recent letters, discard it, or go back to it. */
public final class NewLetterDialog {
    enum Answer { KEEP, DISCARD }

    private NewLetterDialog() {
    }

    /** The user's answer, or empty when they cancelled (and the letter stays as it is). */
    public static Optional<Answer> ask(Window owner, String message) {
        ButtonType keep = new ButtonType(Messages.get("ui.newLetter.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.get("ui.newLetter.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Messages.get("ui.newLetter.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", keep, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("ui.newLetter.title"));
        alert.setHeaderText(Messages.get("ui.newLetter.header"));
        alert.getDialogPane().setId("new-letter-dialog");
        OwnerSized.fit(alert, Controls.dialogMessage(alert.getDialogPane(), "new-letter-message", message), owner, 36);
        alert.getDialogPane().lookupButton(keep).setId("new-letter-keep");
        alert.getDialogPane().lookupButton(discard).setId("new-letter-discard");
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setId("new-letter-cancel");
        cancelButton.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().flatMap(b -> b == keep ? Optional.of(Answer.KEEP)
                : b == discard ? Optional.of(Answer.DISCARD) : Optional.empty());
    }
}
