package org.dearmp.ui.templateeditor;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** The Templates screen's header form: the id, the authorship and a box for each header field. */
final class EditorFormPane {
    private final EditorFormModel model;
    private final Map<String, TextInputControl> fieldControls = new HashMap<>();

    EditorFormPane(EditorFormModel model) {
        this.model = model;
    }

    Node build() {
        GridPane form = new GridPane();
        form.setId("editor-form");
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        Label idValue = Controls.text("editor-id", "");
        idValue.textProperty().bind(model.idProperty());
        Label idLabel = new Label(Messages.get("ui.editor.id"));
        idLabel.setId("editor-id-label");
        idLabel.setLabelFor(idValue);
        form.addRow(0, idLabel, idValue);
        Label authorship = Controls.text("editor-authorship", "");
        authorship.textProperty().bind(model.authorshipProperty());
        Label authorshipLabel = new Label(Messages.get("ui.editor.authorship.label"));
        authorshipLabel.setId("editor-authorship-label");
        authorshipLabel.setLabelFor(authorship);
        form.addRow(1, authorshipLabel, authorship);
        int row = 2;
        row = addField(form, row, "title", Controls.field("editor-title", null), model.titleProperty());
        row = addField(form, row, "summary", Controls.field("editor-summary", "ui.editor.summary.prompt"),
                model.summaryProperty());
        row = addField(form, row, "subject", Controls.field("editor-subject", "ui.editor.subject.prompt"),
                model.subjectProperty());
        row = addField(form, row, "ask", Controls.area("editor-ask", "ui.editor.ask.prompt", 2), model.askProperty());
        row = addField(form, row, "prompts", Controls.area("editor-prompts", "ui.editor.prompts.prompt", 3),
                model.promptsProperty());
        row = addField(form, row, "tags", Controls.field("editor-tags", "ui.editor.tags.prompt"), model.tagsProperty());
        row = addField(form, row, "sources", Controls.area("editor-sources", "ui.editor.sources.prompt", 2),
                model.sourcesProperty());
        TextField minWords = Controls.field("editor-minOwnWords", null);
        minWords.setPrefColumnCount(5);
        minWords.setMaxWidth(90);
        row = addField(form, row, "minOwnWords", minWords, model.minOwnWordsProperty());
        form.addRow(row, languageChoice());
        // The ask is one line in the file; the area only wraps it so a long ask stays readable.
        TextArea askArea = (TextArea) fieldControls.get("ask");
        askArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });

        VBox formBox = new VBox(8, form);
        formBox.setPadding(new Insets(10));
        ScrollPane formScroll = new ScrollPane(formBox);
        formScroll.setId("editor-form-scroll");
        formScroll.setFitToWidth(true);
        return formScroll;
    }

    /**
     * The letter's language, a choice of the two the app writes letters in: a Welsh template's letters say
     * "Annwyl" and "Yn gywir" and are dated in Welsh (the file's {@code language: cy}).
     */
    private Node[] languageChoice() {
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList("", Language.WELSH.code()));
        choice.setId("editor-language");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return Messages.get(Language.ofCode(code).orElse(Language.ENGLISH) == Language.WELSH
                        ? "ui.editor.language.cy" : "ui.editor.language.en");
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(model.languageProperty());
        choice.disableProperty().bind(model.editableProperty().not());
        return new Node[] {Controls.labelFor("editor-language-label", "ui.editor.language", choice), choice};
    }

    /** The box that edits a header field, or null. */
    TextInputControl field(String name) {
        return fieldControls.get(name);
    }

    Collection<TextInputControl> fields() {
        return fieldControls.values();
    }

    private int addField(GridPane form, int row, String field, TextInputControl control, StringProperty property) {
        control.textProperty().bindBidirectional(property);
        control.editableProperty().bind(model.editableProperty());
        if (control instanceof TextArea area) {
            area.setPrefRowCount(Math.max(2, area.getPrefRowCount()));
        }
        fieldControls.put(field, control);
        Label label = Controls.labelFor("editor-" + field + "-label", "ui.editor." + field, control);
        form.addRow(row, label, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return row + 1;
    }
}
