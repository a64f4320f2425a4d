package org.dearmp.ui.recent;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** "Did your MP reply?": WriteToThem's five answers as a choice, and Record or Ask me later. */
public final class ReplyDialog {
    private ReplyDialog() {
    }

    /** The outcome the writer chose; empty for "ask me later" or a closed dialog. */
    public static Optional<Outcome> ask(Window owner, String question) {
        Dialog<Outcome> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("history.followUp.ask"));
        dialog.setHeaderText(Messages.get("history.followUp.ask"));
        dialog.getDialogPane().setId("reply-dialog");
        ToggleGroup outcomes = new ToggleGroup();
        VBox content = new VBox();
        content.getStyleClass().add("dialog-content");
        javafx.scene.control.Label message = Controls.text("reply-question", question, "dialog-message");
        message.setMaxWidth(30 * javafx.scene.text.Font.getDefault().getSize());
        content.getChildren().add(message);
        for (Outcome outcome : Outcome.values()) {
            RadioButton choice = new RadioButton(Messages.get("ui.followUp.choice." + outcome.name()));
            choice.setId("reply-" + outcome.code());
            choice.setUserData(outcome);
            choice.setToggleGroup(outcomes);
            choice.setWrapText(true);
            choice.setMnemonicParsing(true);
            content.getChildren().add(choice);
        }
        dialog.getDialogPane().setContent(content);
        Controls.matchOwner(dialog.getDialogPane(), owner);
        ButtonType record = new ButtonType(Messages.get("ui.followUp.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("ui.followUp.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(record, later);
        dialog.getDialogPane().lookupButton(record).setId("reply-record");
        dialog.getDialogPane().lookupButton(later).setId("reply-later");
        dialog.getDialogPane().lookupButton(record).disableProperty().bind(outcomes.selectedToggleProperty().isNull());
        dialog.setResultConverter(button -> button == record && outcomes.getSelectedToggle() != null
                ? (Outcome) outcomes.getSelectedToggle().getUserData() : null);
        dialog.setOnShown(e -> content.getChildren().get(1).requestFocus());
        return dialog.showAndWait();
    }
}
