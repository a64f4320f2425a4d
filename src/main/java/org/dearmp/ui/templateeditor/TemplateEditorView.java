package org.dearmp.ui.templateeditor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.StatusLabel;

/**
 * The Templates screen, built in code: the template list on the left ({@link EditorListPane}), the form
 * ({@link EditorFormPane}) and the letter with its problems ({@link EditorLetterPane}) in the middle, the
 * preview with a real MP on the right ({@link EditorPreviewPane}), the commands at the bottom. Thin: every
 * decision is the view model's.
 */
public final class TemplateEditorView {
    private final TemplateEditorViewModel vm;
    private final BorderPane root = new BorderPane();
    private final EditorFormPane form;

    public TemplateEditorView(TemplateEditorViewModel vm) {
        this.vm = vm;
        this.form = new EditorFormPane(vm.form());
        root.setId("template-editor");
        root.getStyleClass().add("template-editor");
        SplitPane split = new SplitPane(new EditorListPane(vm, vm::run).build(), editorPane(),
                new EditorPreviewPane(vm.preview()).build());
        split.setId("editor-split");
        split.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        root.setCenter(split);
        root.setBottom(commandBar());
        root.getStylesheets().add(TemplateEditorView.class.getResource("editor.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                run(vm.form()::save);
                e.consume();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    /** The middle: the form above the letter, both read-only (and saying why) for a bundled template. */
    private Node editorPane() {
        EditorLetterPane letter = new EditorLetterPane(vm, form);
        SplitPane split = new SplitPane(form.build(), letter.build());
        split.setId("editor-form-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        List<TextInputControl> boxes = new ArrayList<>(form.fields());
        boxes.add(letter.body());
        ReadOnlyNotice.explain(boxes, vm);
        return ReadOnlyNotice.above(split, vm);
    }

    private Node commandBar() {
        EditorFormModel model = vm.form();
        Label status = StatusLabel.create("editor-status", vm.statusProperty(), false);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button compare = Controls.button("editor-compare", "ui.editor.compare", e -> run(() ->
                vm.compare().ifPresent(comparison -> CompareDialog.show(root.getScene().getWindow(), comparison))));
        compare.disableProperty().bind(model.canCompareProperty().not());
        Button revert = Controls.button("editor-revert", "ui.editor.revert", e -> run(model::revert));
        revert.disableProperty().bind(model.dirtyProperty().not());
        Button delete = Controls.button("editor-delete", "ui.editor.delete", e -> vm.deleteSelected());
        // While the screen writes, the commands that write wait: a second click is not a second write.
        delete.disableProperty().bind(model.editableProperty().not().or(vm.busyProperty()));
        Button save = Controls.button("editor-save", "ui.editor.save", e -> run(model::save));
        save.disableProperty().bind(model.editableProperty().not().or(vm.busyProperty()));
        save.setDefaultButton(false);
        HBox bar = new HBox(8, status, compare, revert, delete, save);
        bar.setId("editor-commands");
        bar.getStyleClass().add("command-bar");
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void run(Runnable action) {
        vm.run(action);
    }

    /** For tests and the window: the control that edits a header field. */
    Control field(String name) {
        return form.field(name);
    }
}
