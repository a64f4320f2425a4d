package org.dearmp.ui.send;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** Step 5: the ways to send, each with a line saying what it is for, and where the file went. */
public final class SendView extends VBox {
    /** A status that reports a failure (no printer, say) is shown in the error colours. */
    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");
    private final Button pdf;

    public SendView(SendViewModel vm, javafx.beans.value.ObservableStringValue recipient, Runnable startNew) {
        setId("step-send");
        getStyleClass().addAll("step", "narrow-step");
        Label heading = Controls.heading("send-heading", "");
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("ui.send.heading", recipient.get()), recipient));
        Label intro = Controls.text("send-intro", Messages.get("ui.send.intro"), "intro");

        pdf = Controls.button("save-pdf", "ui.send.pdf", e -> vm.savePdf());
        pdf.getStyleClass().add("primary");
        Button mail = Controls.button("open-mail", "ui.send.mail", e -> vm.openInMail());
        mail.disableProperty().bind(vm.hasEmailProperty().not());
        Button eml = Controls.button("save-eml", "ui.send.eml", e -> vm.saveEml());
        Button txt = Controls.button("save-txt", "ui.send.txt", e -> vm.saveText());
        Button copy = Controls.button("copy-letter", "ui.send.copy", e -> vm.copyToClipboard());
        Button print = Controls.button("print-letter", "ui.send.print", e -> vm.print());

        GridPane actions = new GridPane();
        actions.setId("send-actions");
        actions.getStyleClass().add("actions");
        Button[] buttons = {pdf, mail, eml, txt, copy, print};
        String[] why = {"ui.send.pdfWhy", "ui.send.mailWhy", "ui.send.emlWhy", "ui.send.txtWhy", "ui.send.copyWhy",
            "ui.send.printWhy"};
        for (int i = 0; i < buttons.length; i++) {
            buttons[i].setMaxWidth(Double.MAX_VALUE);
            buttons[i].disableProperty().unbind();
            Label explain = Controls.text(buttons[i].getId() + "-why", Messages.get(why[i]), "hint-text");
            buttons[i].setAccessibleHelp(explain.getText());
            actions.addRow(i, buttons[i], explain);
        }
        mail.disableProperty().bind(vm.hasEmailProperty().not().or(vm.busyProperty()));
        for (Button b : new Button[] {pdf, eml, txt, copy, print}) {
            b.disableProperty().bind(vm.busyProperty());
        }
        ColumnConstraints buttonColumn = new ColumnConstraints();
        buttonColumn.setMinWidth(Region.USE_PREF_SIZE);
        buttonColumn.setFillWidth(true);
        ColumnConstraints whyColumn = new ColumnConstraints();
        whyColumn.setHgrow(Priority.ALWAYS);
        actions.getColumnConstraints().addAll(buttonColumn, whyColumn);

        Label emailNote = Controls.text("send-email-note", "", "note");
        emailNote.textProperty().bind(vm.emailNoteProperty());
        Controls.showWhen(emailNote, vm.emailNoteProperty().isNotEmpty());

        Label status = Controls.text("send-status", "", "status");
        status.textProperty().bind(vm.statusProperty());
        Button openFolder = Controls.button("open-folder", "ui.send.openFolder", e -> vm.openFolder());
        Controls.showWhen(openFolder, vm.lastFileProperty().isNotNull());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox confirmation = new HBox(status, openFolder);
        confirmation.setId("send-confirmation");
        confirmation.getStyleClass().add("confirmation");
        Controls.showWhen(confirmation, vm.statusProperty().isNotEmpty());
        vm.statusFailedProperty().addListener((obs, old, failed) -> confirmation.pseudoClassStateChanged(FAILURE, failed));

        Button another = Controls.button("start-new", "ui.send.another", e -> startNew.run());
        getChildren().addAll(heading, intro, emailNote, actions, confirmation, another);
    }

    public void focusFirst() {
        pdf.requestFocus();
    }
}
