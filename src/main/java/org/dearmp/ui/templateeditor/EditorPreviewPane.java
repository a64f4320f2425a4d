package org.dearmp.ui.templateeditor;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.Keyboard;

/** The Templates screen's right side: the MP to write to, the sample writer, and the letter they would get. */
final class EditorPreviewPane {
    private final EditorPreviewModel model;

    EditorPreviewPane(EditorPreviewModel model) {
        this.model = model;
    }

    Node build() {
        TextField mpSearch = Controls.field("editor-mp-search", "ui.editor.preview.mpSearch.prompt");
        mpSearch.textProperty().bindBidirectional(model.mpSearchProperty());
        ListView<MpChoice> mps = new ListView<>(model.mps());
        mps.setId("editor-mps");
        mps.setAccessibleText(Messages.get("ui.editor.preview.mps"));
        mps.setPrefHeight(110);
        mps.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MpChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        mps.getSelectionModel().select(model.previewMpProperty().get());
        mps.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                model.previewMpProperty().set(now);
            }
        });

        TitledPane samplePane = samplePane();

        TextArea preview = new TextArea();
        preview.setId("editor-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        Keyboard.tabLeaves(preview);
        preview.setAccessibleText(Messages.get("ui.editor.preview.letter"));
        preview.getStyleClass().add("letter-preview");
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label note = Controls.text("editor-preview-note", "", "notice");
        note.textProperty().bind(model.previewNoteProperty());
        Controls.showWhen(note, model.previewNoteProperty().isNotEmpty());

        Label previewHeading = Controls.heading("editor-preview-heading", Messages.get("ui.editor.preview.heading"));
        previewHeading.setLabelFor(preview);
        Label mpsLabel = Controls.text("editor-mps-label", Messages.get("ui.editor.preview.mpsLabel"), "hint-text");
        mpsLabel.setLabelFor(mps);
        VBox pane = new VBox(6, previewHeading,
                Controls.labelFor("editor-mp-search-label", "ui.editor.preview.mpSearch", mpSearch), mpSearch, mpsLabel,
                mps,
                samplePane, note, preview);
        pane.setPadding(new Insets(10));
        pane.setMinWidth(300);
        return pane;
    }

    private TitledPane samplePane() {
        GridPane sample = new GridPane();
        sample.setHgap(8);
        sample.setVgap(6);
        sample.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        addSample(sample, 0, "senderName", Controls.field("editor-sender-name", null), model.senderNameProperty());
        addSample(sample, 1, "senderAddress", Controls.area("editor-sender-address", null, 2),
                model.senderAddressProperty());
        addSample(sample, 2, "senderPostcode", Controls.field("editor-sender-postcode", null),
                model.senderPostcodeProperty());
        addSample(sample, 3, "points", Controls.area("editor-points", "ui.editor.preview.points.prompt", 3),
                model.pointsProperty());
        addSample(sample, 4, "story", Controls.area("editor-story", null, 3), model.storyProperty());
        TitledPane samplePane = new TitledPane(Messages.get("ui.editor.preview.sample"), sample);
        samplePane.setId("editor-sample");
        samplePane.setExpanded(false);
        return samplePane;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static void addSample(GridPane grid, int row, String key, TextInputControl control,
                                  StringProperty property) {
        control.textProperty().bindBidirectional(property);
        grid.addRow(row, Controls.labelFor("editor-" + key + "-label", "ui.editor.preview." + key, control), control);
    }
}
