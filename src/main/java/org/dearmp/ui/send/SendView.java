package org.dearmp.ui.send;

import javafx.beans.binding.Bindings;
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
import org.dearmp.ui.common.StatusLabel;

/** Step 5: the ways to send, each with a line saying what it is for, and where the file went. */
public final class SendView extends VBox {
    /** A status that reports a failure (no printer, say) is shown in the error colours. */
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
            if (buttons[i] == mail || buttons[i] == eml) {
                // Not available without a usable address: the line beside the button says why instead.
                String usual = explain.getText();
                explain.textProperty().bind(Bindings.when(vm.hasEmailProperty()).then(usual)
                        .otherwise(vm.emailNoteProperty()));
                buttons[i].disableProperty().bind(vm.hasEmailProperty().not().or(vm.busyProperty()));
            } else {
                buttons[i].disableProperty().bind(vm.busyProperty());
            }
            buttons[i].accessibleHelpProperty().bind(explain.textProperty());
            actions.addRow(i, buttons[i], explain);
        }
        ColumnConstraints buttonColumn = new ColumnConstraints();
        buttonColumn.setMinWidth(Region.USE_PREF_SIZE);
        buttonColumn.setFillWidth(true);
        ColumnConstraints whyColumn = new ColumnConstraints();
        whyColumn.setHgrow(Priority.ALWAYS);
        actions.getColumnConstraints().addAll(buttonColumn, whyColumn);

        Label status = StatusLabel.create("send-status", vm.statusProperty());
        Button openFolder = Controls.button("open-folder", "ui.send.openFolder", e -> vm.openFolder());
        Controls.showWhen(openFolder, vm.lastFileProperty().isNotNull());
        Button offerEml = Controls.button("offer-eml", "ui.send.offerEml", e -> vm.saveEmlAndOpen());
        Controls.showWhen(offerEml, vm.offerEmlProperty());
        offerEml.disableProperty().bind(vm.busyProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox confirmation = new HBox(status, openFolder, offerEml);
        confirmation.setId("send-confirmation");
        confirmation.getStyleClass().add("confirmation");
        StatusLabel.styleByKind(confirmation, "confirmation", vm.statusProperty());
        Controls.showWhen(confirmation, Bindings.createBooleanBinding(() -> vm.statusProperty().get().shown(),
                vm.statusProperty()));

        Button another = Controls.button("start-new", "ui.send.another", e -> startNew.run());
        getChildren().addAll(heading, intro, actions, confirmation, another);
    }

    public void focusFirst() {
        pdf.requestFocus();
    }
}
