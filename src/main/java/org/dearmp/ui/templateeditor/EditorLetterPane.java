package org.dearmp.ui.templateeditor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.template.Placeholder;
import org.dearmp.ui.common.Controls;

/**
 * The Templates screen's letter: the body with its placeholders highlighted, the palette, undo and redo,
 * and the problems list, whose rows take the caret to the problem.
 */
final class EditorLetterPane {
    private final TemplateEditorViewModel vm;
    private final EditorFormPane form;
    private final TextArea body = Controls.area("editor-body", null, 14);

    /** {@code form} holds the header boxes a problem about a header field goes to. */
    EditorLetterPane(TemplateEditorViewModel vm, EditorFormPane form) {
        this.vm = vm;
        this.form = form;
    }

    /** The box that edits the letter. */
    TextArea body() {
        return body;
    }

    Node build() {
        VBox letter = new VBox(6, letterToolbar(), bodyWithHighlights(), problemsList());
        letter.setPadding(new Insets(10));
        VBox.setVgrow(letter.getChildren().get(1), Priority.ALWAYS);
        return letter;
    }

    private Node letterToolbar() {
        EditorFormModel model = vm.form();
        MenuButton palette = new MenuButton(Messages.get("ui.editor.palette"));
        palette.setId("editor-palette");
        palette.setMnemonicParsing(true);
        palette.setAccessibleText(Controls.plain(palette.getText()));
        for (Placeholder placeholder : model.palette()) {
            MenuItem item = new MenuItem(Messages.get("ui.editor.palette.item", placeholder.snippet().lines()
                    .findFirst().orElse(""), placeholder.description()));
            item.setId("palette-" + placeholder.name().replace('.', '-'));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> insert(placeholder));
            palette.getItems().add(item);
        }
        palette.disableProperty().bind(model.editableProperty().not());
        Button undo = Controls.button("editor-undo", "ui.editor.undo", e -> body.undo());
        undo.disableProperty().bind(body.undoableProperty().not().or(model.editableProperty().not()));
        Button redo = Controls.button("editor-redo", "ui.editor.redo", e -> body.redo());
        redo.disableProperty().bind(body.redoableProperty().not().or(model.editableProperty().not()));
        Label heading = Controls.labelFor("editor-body-label", "ui.editor.body", body);
        heading.getStyleClass().add("section-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, heading, spacer, palette, undo, redo);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Inserts at the caret through the TextArea, so the insertion is one step of its undo history. */
    private void insert(Placeholder placeholder) {
        int caret = body.getCaretPosition();
        body.insertText(caret, placeholder.snippet());
        body.requestFocus();
    }

    private Node bodyWithHighlights() {
        body.setWrapText(true);
        body.getStyleClass().add("template-body");
        body.textProperty().bindBidirectional(vm.form().bodyProperty());
        body.editableProperty().bind(vm.form().editableProperty());
        PlaceholderHighlighter highlighter = new PlaceholderHighlighter(body, vm.form().highlights());
        StackPane stack = new StackPane(body, highlighter.overlay());
        stack.setId("editor-body-stack");
        stack.setMinHeight(160);
        return stack;
    }

    private Node problemsList() {
        ListView<ProblemRow> problems = new ListView<>(vm.form().problems());
        problems.setId("editor-problems");
        problems.setAccessibleText(Messages.get("ui.editor.problems.list"));
        problems.setPrefHeight(96);
        problems.setMinHeight(60);
        problems.setPlaceholder(ReadOnlyNotice.noProblems(vm));
        problems.setCellFactory(v -> new ProblemCell());
        problems.setOnMouseClicked(e -> goTo(problems.getSelectionModel().getSelectedItem()));
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goTo(problems.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label label = Controls.text("editor-problems-label", Messages.get("ui.editor.problems.label"), "section-heading");
        label.setLabelFor(problems);
        return new VBox(2, label, problems);
    }

    /** Puts the caret where the problem is: in the letter, or in the header field it is about. */
    void goTo(ProblemRow row) {
        if (row == null) {
            return;
        }
        if (row.inBody()) {
            body.requestFocus();
            body.positionCaret(Math.max(0, Math.min(row.bodyOffset(), body.getLength())));
        } else {
            TextInputControl control = form.field(row.field());
            if (control == null) {
                control = form.field("title");
            }
            control.requestFocus();
            control.end();
        }
    }

    private static final class ProblemCell extends ListCell<ProblemRow> {
        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String severity = Messages.get(row.isError() ? "ui.editor.problem.error" : "ui.editor.problem.warning");
            String where = row.text();
            setText((row.isError() ? "\u2716 " : "\u26a0 ") + where);
            setWrapText(true);
            setPrefWidth(0);
            setAccessibleText(severity + ": " + where);
            setTooltip(new Tooltip(severity + ": " + where));
            getStyleClass().add(row.isError() ? "problem-error" : "problem-warning");
        }
    }
}
