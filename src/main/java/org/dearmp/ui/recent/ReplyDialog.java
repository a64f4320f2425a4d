package org.dearmp.ui.recent;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.StatusLabel;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.userdata.SavedLetter;

/**
 * "Did your MP reply?": WriteToThem's five answers as a choice, a note and the reply's file if the writer wants
 * to keep them, and Record or Ask me later. Record works in the background ({@link ReplyViewModel}): the dialog
 * says so and waits, with a way to stop a long copy, and stays open with everything typed if it fails.
 */
public final class ReplyDialog {

    private ReplyDialog() {
    }

    /** The letter as kept with its reply once recorded; empty for "ask me later" or a closed dialog. */
    public static Optional<SavedLetter> ask(Window owner, String question, ReplyViewModel vm, DialogService files) {
        Dialog<SavedLetter> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("history.followUp.ask"));
        dialog.setHeaderText(Messages.get("history.followUp.ask"));
        dialog.getDialogPane().setId("reply-dialog");
        VBox answer = new VBox();
        answer.getStyleClass().add("dialog-group");
        // Nothing chosen or typed changes while it is being recorded: what is recorded is what is on screen.
        answer.disableProperty().bind(vm.busyProperty());
        answer.getChildren().addAll(outcomes(vm));
        TextField note = new TextField();
        note.setId("reply-note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteLabel = Controls.labelFor("reply-note-label", "ui.followUp.note", note);
        answer.getChildren().addAll(noteLabel, note, fileRow(vm, files));

        Label message = Controls.text("reply-question", question, "dialog-message");
        message.setMaxWidth(30 * Font.getDefault().getSize());
        Label status = StatusLabel.create("reply-status", vm.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(30 * Font.getDefault().getSize());
        Button stop = Controls.button("reply-stop", "ui.followUp.stop", e -> vm.stop());
        Controls.showWhen(stop, vm.busyProperty().and(vm.fileProperty().isNotNull()));
        VBox content = new VBox(message, answer, status, stop);
        content.getStyleClass().add("dialog-content");
        content.setSpacing(6);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Controls.matchOwner(dialog.getDialogPane(), owner);

        ButtonType record = new ButtonType(Messages.get("ui.followUp.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("ui.followUp.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(record, later);
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("reply-record");
        recordButton.disableProperty().bind(vm.canRecordBinding().not());
        // Record does not close the dialog: it closes once the answer is kept, and stays open if that fails.
        recordButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.record();
        });
        Button laterButton = (Button) dialog.getDialogPane().lookupButton(later);
        laterButton.setId("reply-later");
        laterButton.disableProperty().bind(vm.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        vm.recordedProperty().addListener((o, was, now) -> {
            if (now != null) {
                dialog.close();
            }
        });
        // The status line and the stop button come and go: the window grows to show them, and its buttons.
        vm.statusProperty().addListener((o, was, now) -> fitToContent(dialog));
        vm.busyProperty().addListener((o, was, now) -> fitToContent(dialog));
        dialog.setResultConverter(button -> vm.recordedProperty().get());
        dialog.setOnShown(e -> answer.getChildren().get(0).requestFocus());
        return dialog.showAndWait();
    }

    private static void fitToContent(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static java.util.List<RadioButton> outcomes(ReplyViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        java.util.List<RadioButton> choices = new java.util.ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            RadioButton choice = new RadioButton(Messages.get("ui.followUp.choice." + outcome.name()));
            choice.setId("reply-" + outcome.code());
            choice.setUserData(outcome);
            choice.setToggleGroup(group);
            choice.setWrapText(true);
            choice.setMnemonicParsing(true);
            choice.setSelected(outcome == vm.outcomeProperty().get());
            choices.add(choice);
        }
        group.selectedToggleProperty().addListener((o, was, now) ->
                vm.outcomeProperty().set(now == null ? null : (Outcome) now.getUserData()));
        return choices;
    }

    private static HBox fileRow(ReplyViewModel vm, DialogService files) {
        Label fileName = Controls.text("reply-file-name", "");
        fileName.textProperty().bind(Bindings.createStringBinding(() -> {
            Path file = vm.fileProperty().get();
            return file == null ? Messages.get("ui.followUp.noFile") : file.getFileName().toString();
        }, vm.fileProperty()));
        Button attach = Controls.button("reply-attach", "ui.followUp.attach", e ->
                files.chooseFileToOpen(Messages.get("ui.followUp.attachTitle"), FileKind.REPLY)
                        .ifPresent(vm.fileProperty()::set));
        HBox row = new HBox(attach, fileName);
        row.getStyleClass().add("row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setSpacing(8);
        return row;
    }
}
