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

/**
 * "Did your MP reply?": WriteToThem's five answers as a choice, a note and the reply's file if the writer wants
 * to keep them, and Record or Ask me later.
 */
public final class ReplyDialog {
    /** What the writer recorded; {@code file} null when they kept none. */
    public record Answer(Outcome outcome, String note, java.nio.file.Path file) {
    }

    private ReplyDialog() {
    }

    /** What the writer chose; empty for "ask me later" or a closed dialog. */
    public static Optional<Answer> ask(Window owner, String question, org.dearmp.ui.desktop.DialogService files) {
        Dialog<Answer> dialog = new Dialog<>();
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
        javafx.scene.control.TextField note = new javafx.scene.control.TextField();
        note.setId("reply-note");
        javafx.scene.control.Label noteLabel = Controls.labelFor("reply-note-label", "ui.followUp.note", note);
        java.nio.file.Path[] kept = new java.nio.file.Path[1];
        javafx.scene.control.Label fileName = Controls.text("reply-file-name", Messages.get("ui.followUp.noFile"));
        javafx.scene.control.Button attach = Controls.button("reply-attach", "ui.followUp.attach", e ->
                files.chooseFileToOpen(Messages.get("ui.followUp.attachTitle"), org.dearmp.ui.desktop.FileKind.REPLY)
                        .ifPresent(file -> {
                            kept[0] = file;
                            fileName.setText(file.getFileName().toString());
                        }));
        javafx.scene.layout.HBox fileRow = new javafx.scene.layout.HBox(attach, fileName);
        fileRow.getStyleClass().add("row");
        fileRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        fileRow.setSpacing(8);
        content.setSpacing(6);
        content.getChildren().addAll(noteLabel, note, fileRow);
        dialog.getDialogPane().setContent(content);
        Controls.matchOwner(dialog.getDialogPane(), owner);
        ButtonType record = new ButtonType(Messages.get("ui.followUp.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("ui.followUp.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(record, later);
        dialog.getDialogPane().lookupButton(record).setId("reply-record");
        dialog.getDialogPane().lookupButton(later).setId("reply-later");
        dialog.getDialogPane().lookupButton(record).disableProperty().bind(outcomes.selectedToggleProperty().isNull());
        dialog.setResultConverter(button -> button == record && outcomes.getSelectedToggle() != null
                ? new Answer((Outcome) outcomes.getSelectedToggle().getUserData(), note.getText().strip(), kept[0])
                : null);
        dialog.setOnShown(e -> content.getChildren().get(1).requestFocus());
        return dialog.showAndWait();
    }
}
