package org.dearmp.ui.wizard.mp;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** Step 2: the MP's card, the notes that matter, and "Not your MP?". */
public final class MpView extends VBox {
    private final javafx.scene.control.Hyperlink notMine;
    private final TextField emailField;

    public MpView(MpViewModel vm, Runnable correctConstituency) {
        setId("step-mp");
        getStyleClass().addAll("step", "narrow-step");

        Label heading = Controls.heading("mp-heading", Messages.get("ui.mp.heading"));

        Label name = Controls.text("mp-name", "", "mp-name");
        name.textProperty().bind(vm.nameProperty());
        Label party = Controls.text("mp-party", "", "mp-party");
        party.textProperty().bind(vm.partyProperty());
        Controls.showWhen(party, vm.partyProperty().isNotEmpty());

        GridPane facts = new GridPane();
        facts.setId("mp-facts");
        facts.getStyleClass().add("facts");
        Label seat = Controls.text("mp-constituency", "");
        seat.textProperty().bind(vm.constituencyNameProperty());
        // The email is selectable so it can be copied, but not editable.
        TextField email = new TextField();
        email.setId("mp-email");
        email.setEditable(false);
        email.getStyleClass().add("selectable-text");
        email.textProperty().bind(vm.emailProperty());
        emailField = email;
        facts.addRow(0, factLabel("mp-constituency-label", "ui.mp.constituency", seat), seat);
        facts.addRow(1, Controls.labelFor("mp-email-label", "ui.mp.email", email), email);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);

        Label source = Controls.text("mp-source", "", "source");
        source.textProperty().bind(vm.dataSourceProperty());

        VBox card = new VBox(name, party, facts, source);
        card.setId("mp-card");
        card.getStyleClass().add("card");
        card.setAccessibleText(Messages.get("ui.mp.cardAccessible"));

        VBox notes = new VBox();
        notes.setId("mp-notes");
        notes.getStyleClass().add("notes");
        vm.notes().addListener((ListChangeListener<String>) c -> fill(notes, vm));
        fill(notes, vm);
        Controls.showWhen(notes, Bindings.isNotEmpty(vm.notes()));

        notMine = Controls.link("not-your-mp", "ui.mp.notYours", e -> correctConstituency.run());
        getChildren().addAll(heading, card, notes, notMine);
    }

    private static Label factLabel(String id, String key, javafx.scene.Node target) {
        Label label = Controls.labelFor(id, key, target);
        label.setMnemonicParsing(false);
        label.setText(Controls.plain(label.getText()));
        return label;
    }

    private static void fill(VBox notes, MpViewModel vm) {
        notes.getChildren().clear();
        int i = 0;
        for (String note : vm.notes()) {
            Label label = Controls.text("mp-note-" + i++, note, "note");
            notes.getChildren().add(label);
        }
    }

    /** Focus starts on the card, not on "Not your MP?", so that Enter goes on to the next step. */
    public void focusFirst() {
        emailField.requestFocus();
        javafx.application.Platform.runLater(emailField::deselect);
    }
}
