package org.dearmp.ui.wizard.send;

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

        pdf = Controls.button("save-pdf", "ui.send.pdf", e -> unlessBusy(vm, vm::savePdf));
        pdf.getStyleClass().add("primary");
        Button mail = Controls.button("open-mail", "ui.send.mail", e -> unlessBusy(vm, vm::openInMail));
        Button eml = Controls.button("save-eml", "ui.send.eml", e -> unlessBusy(vm, vm::saveEml));
        Button txt = Controls.button("save-txt", "ui.send.txt", e -> unlessBusy(vm, vm::saveText));
        Button copy = Controls.button("copy-letter", "ui.send.copy", e -> unlessBusy(vm, vm::copyToClipboard));
        Button print = Controls.button("print-letter", "ui.send.print", e -> unlessBusy(vm, vm::print));

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
                buttons[i].disableProperty().bind(vm.hasEmailProperty().not().or(busyFor(vm, buttons[i])));
            } else {
                buttons[i].disableProperty().bind(busyFor(vm, buttons[i]));
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
        Button offerEml = Controls.button("offer-eml", "ui.send.offerEml", e -> unlessBusy(vm, vm::saveEmlAndOpen));
        Controls.showWhen(offerEml, vm.offerEmlProperty());
        offerEml.disableProperty().bind(busyFor(vm, offerEml));
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

    /**
     * Disabled while an action runs, except the button with the focus: were it disabled, the focus would move on
     * to the next button, "Start a new letter", where an Enter meant for this one would start afresh. A press on
     * it meanwhile does nothing ({@link #unlessBusy}).
     */
    private static javafx.beans.binding.BooleanBinding busyFor(SendViewModel vm, Button button) {
        // The scene's focus owner rather than "focused", which is false while a print or file dialog is up.
        javafx.beans.value.ObservableValue<javafx.scene.Node> focusOwner =
                button.sceneProperty().flatMap(javafx.scene.Scene::focusOwnerProperty);
        return Bindings.createBooleanBinding(() -> vm.busyProperty().get() && focusOwner.getValue() != button,
                vm.busyProperty(), focusOwner);
    }

    private static void unlessBusy(SendViewModel vm, Runnable action) {
        if (!vm.busyProperty().get()) {
            action.run();
        }
    }

    public void focusFirst() {
        pdf.requestFocus();
    }
}
