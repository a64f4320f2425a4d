package org.dearmp.ui.editor;

import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.template.Placeholder;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.StatusLabel;

/**
 * The Templates screen, built in code: the template list on the left, the form and the letter with its
 * problems in the middle, the preview with a real MP on the right, the commands at the bottom. Thin: every
 * decision is the view model's.
 */
public final class TemplateEditorView {
    private final TemplateEditorViewModel vm;
    private final EditorDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final Map<String, TextInputControl> fieldControls = new java.util.HashMap<>();
    private final TextArea body = Controls.area("editor-body", null, 14);

    public TemplateEditorView(TemplateEditorViewModel vm, EditorDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        root.setId("template-editor");
        root.getStyleClass().add("template-editor");
        SplitPane split = new SplitPane(listPane(), editorPane(), previewPane());
        split.setId("editor-split");
        split.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        root.setCenter(split);
        root.setBottom(commandBar());
        root.getStylesheets().add(TemplateEditorView.class.getResource("editor.css").toExternalForm());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                run(vm.form()::save);
                e.consume();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    // --- left: the list ---------------------------------------------------------------------------------

    private Node listPane() {
        TextField search = Controls.field("editor-search", "ui.editor.search.prompt");
        search.textProperty().bindBidirectional(vm.list().searchProperty());
        ListView<TemplateItem> list = new ListView<>(vm.list().templates());
        list.setId("editor-templates");
        list.setAccessibleText(Messages.get("ui.editor.list"));
        list.setPlaceholder(new Label(Messages.get("ui.editor.list.empty")));
        list.setCellFactory(v -> new TemplateCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != vm.list().selectedProperty().get()) {
                run(() -> vm.list().selectedProperty().set(now));
            }
        });
        vm.list().selectedProperty().addListener((o, old, now) -> selectInList(list, now));
        vm.list().templates().addListener((ListChangeListener<TemplateItem>) c ->
                Platform.runLater(() -> selectInList(list, vm.list().selectedProperty().get())));
        selectInList(list, vm.list().selectedProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button duplicate = Controls.button("editor-duplicate", "ui.editor.duplicate", e -> run(vm.list()::duplicate));
        duplicate.disableProperty().bind(vm.list().selectedProperty().isNull());
        Button create = Controls.button("editor-new", "ui.editor.new", e -> run(vm.list()::newTemplate));
        Button importPack = Controls.button("editor-import", "ui.editor.import", e -> importPack());
        Button share = Controls.button("editor-share", "ui.editor.share", e -> share());
        HBox row1 = new HBox(6, duplicate, create);
        HBox row2 = new HBox(6, importPack, share);
        Label listHeading = Controls.heading("editor-list-heading", Messages.get("ui.editor.list.heading"));
        listHeading.setLabelFor(list);
        VBox pane = new VBox(6, listHeading,
                Controls.labelFor("editor-search-label", "ui.editor.search", search), search, list, row1, row2);
        pane.setPadding(new Insets(10));
        pane.setMinWidth(220);
        return pane;
    }

    private static void selectInList(ListView<TemplateItem> list, TemplateItem item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
            list.scrollTo(item);
        }
    }

    private static final class TemplateCell extends ListCell<TemplateItem> {
        @Override
        protected void updateItem(TemplateItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("bundled", "draft", "user");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String note = item.bundled() ? Messages.get("ui.editor.list.bundled")
                    : item.draft() ? Messages.get("ui.editor.list.draft", item.errorCount())
                    : Messages.get("ui.editor.list.user");
            Label title = new Label(item.title());
            title.getStyleClass().add("item-title");
            title.setWrapText(true);
            Label sub = new Label(note);
            sub.getStyleClass().add("item-note");
            sub.setWrapText(true);
            VBox box = new VBox(1, title, sub);
            box.setMaxWidth(Region.USE_PREF_SIZE);
            // Room for the vertical scroll bar and the cell padding, so the list never scrolls sideways.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(42));
            title.prefWidthProperty().bind(box.prefWidthProperty());
            sub.prefWidthProperty().bind(box.prefWidthProperty());
            setText(null);
            setGraphic(box);
            setAccessibleText(item.title() + ", " + note);
            getStyleClass().add(item.bundled() ? "bundled" : item.draft() ? "draft" : "user");
        }
    }

    // --- middle: the form, the letter, the problems -----------------------------------------------------

    private Node editorPane() {
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
        idValue.textProperty().bind(vm.form().idProperty());
        Label idLabel = new Label(Messages.get("ui.editor.id"));
        idLabel.setId("editor-id-label");
        idLabel.setLabelFor(idValue);
        form.addRow(0, idLabel, idValue);
        Label authorship = Controls.text("editor-authorship", "");
        authorship.textProperty().bind(vm.form().authorshipProperty());
        Label authorshipLabel = new Label(Messages.get("ui.editor.authorship.label"));
        authorshipLabel.setId("editor-authorship-label");
        authorshipLabel.setLabelFor(authorship);
        form.addRow(1, authorshipLabel, authorship);
        int row = 2;
        row = addField(form, row, "title", Controls.field("editor-title", null), vm.form().titleProperty());
        row = addField(form, row, "summary", Controls.field("editor-summary", "ui.editor.summary.prompt"),
                vm.form().summaryProperty());
        row = addField(form, row, "subject", Controls.field("editor-subject", "ui.editor.subject.prompt"),
                vm.form().subjectProperty());
        row = addField(form, row, "ask", Controls.area("editor-ask", "ui.editor.ask.prompt", 2), vm.form().askProperty());
        row = addField(form, row, "prompts", Controls.area("editor-prompts", "ui.editor.prompts.prompt", 3),
                vm.form().promptsProperty());
        row = addField(form, row, "tags", Controls.field("editor-tags", "ui.editor.tags.prompt"), vm.form().tagsProperty());
        row = addField(form, row, "sources", Controls.area("editor-sources", "ui.editor.sources.prompt", 2),
                vm.form().sourcesProperty());
        TextField minWords = Controls.field("editor-minOwnWords", null);
        minWords.setPrefColumnCount(5);
        minWords.setMaxWidth(90);
        addField(form, row, "minOwnWords", minWords, vm.form().minOwnWordsProperty());
        // The ask is one line in the file; the area only wraps it so a long ask stays readable.
        TextArea askArea = (TextArea) fieldControls.get("ask");
        askArea.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });

        VBox formBox = new VBox(8, form);
        formBox.setPadding(new Insets(10));
        ScrollPane formScroll = new ScrollPane(formBox);
        formScroll.setId("editor-form-scroll");
        formScroll.setFitToWidth(true);

        VBox letter = new VBox(6, letterToolbar(), bodyWithHighlights(), problemsList());
        letter.setPadding(new Insets(10));
        VBox.setVgrow(letter.getChildren().get(1), Priority.ALWAYS);

        SplitPane split = new SplitPane(formScroll, letter);
        split.setId("editor-form-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        java.util.List<TextInputControl> boxes = new java.util.ArrayList<>(fieldControls.values());
        boxes.add(body);
        ReadOnlyNotice.explain(boxes, vm);
        return ReadOnlyNotice.above(split, vm);
    }

    private int addField(GridPane form, int row, String field, TextInputControl control,
                         javafx.beans.property.StringProperty property) {
        control.textProperty().bindBidirectional(property);
        control.editableProperty().bind(vm.form().editableProperty());
        if (control instanceof TextArea area) {
            area.setPrefRowCount(Math.max(2, area.getPrefRowCount()));
        }
        fieldControls.put(field, control);
        Label label = Controls.labelFor("editor-" + field + "-label", "ui.editor." + field, control);
        form.addRow(row, label, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return row + 1;
    }

    private Node letterToolbar() {
        MenuButton palette = new MenuButton(Messages.get("ui.editor.palette"));
        palette.setId("editor-palette");
        palette.setMnemonicParsing(true);
        palette.setAccessibleText(Controls.plain(palette.getText()));
        for (Placeholder placeholder : vm.form().palette()) {
            MenuItem item = new MenuItem(Messages.get("ui.editor.palette.item", placeholder.snippet().lines()
                    .findFirst().orElse(""), placeholder.description()));
            item.setId("palette-" + placeholder.name().replace('.', '-'));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> insert(placeholder));
            palette.getItems().add(item);
        }
        palette.disableProperty().bind(vm.form().editableProperty().not());
        Button undo = Controls.button("editor-undo", "ui.editor.undo", e -> body.undo());
        undo.disableProperty().bind(body.undoableProperty().not().or(vm.form().editableProperty().not()));
        Button redo = Controls.button("editor-redo", "ui.editor.redo", e -> body.redo());
        redo.disableProperty().bind(body.redoableProperty().not().or(vm.form().editableProperty().not()));
        Label heading = Controls.labelFor("editor-body-label", "ui.editor.body", body);
        heading.getStyleClass().add("section-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, heading, spacer, palette, undo, redo);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
            TextInputControl control = fieldControls.getOrDefault(row.field(), fieldControls.get("title"));
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

    // --- right: the preview -----------------------------------------------------------------------------

    private Node previewPane() {
        TextField mpSearch = Controls.field("editor-mp-search", "ui.editor.preview.mpSearch.prompt");
        mpSearch.textProperty().bindBidirectional(vm.preview().mpSearchProperty());
        ListView<MpChoice> mps = new ListView<>(vm.preview().mps());
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
        mps.getSelectionModel().select(vm.preview().previewMpProperty().get());
        mps.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.preview().previewMpProperty().set(now);
            }
        });

        GridPane sample = new GridPane();
        sample.setHgap(8);
        sample.setVgap(6);
        sample.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        addSample(sample, 0, "senderName", Controls.field("editor-sender-name", null), vm.preview().senderNameProperty());
        addSample(sample, 1, "senderAddress", Controls.area("editor-sender-address", null, 2),
                vm.preview().senderAddressProperty());
        addSample(sample, 2, "senderPostcode", Controls.field("editor-sender-postcode", null),
                vm.preview().senderPostcodeProperty());
        addSample(sample, 3, "points", Controls.area("editor-points", "ui.editor.preview.points.prompt", 3),
                vm.preview().pointsProperty());
        addSample(sample, 4, "story", Controls.area("editor-story", null, 3), vm.preview().storyProperty());
        TitledPane samplePane = new TitledPane(Messages.get("ui.editor.preview.sample"), sample);
        samplePane.setId("editor-sample");
        samplePane.setExpanded(false);

        TextArea preview = new TextArea();
        preview.setId("editor-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        org.dearmp.ui.common.Keyboard.tabLeaves(preview);
        preview.setAccessibleText(Messages.get("ui.editor.preview.letter"));
        preview.getStyleClass().add("letter-preview");
        preview.textProperty().bind(vm.preview().previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label note = Controls.text("editor-preview-note", "", "notice");
        note.textProperty().bind(vm.preview().previewNoteProperty());
        Controls.showWhen(note, vm.preview().previewNoteProperty().isNotEmpty());

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

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static void addSample(GridPane grid, int row, String key, TextInputControl control,
                                  javafx.beans.property.StringProperty property) {
        control.textProperty().bindBidirectional(property);
        grid.addRow(row, Controls.labelFor("editor-" + key + "-label", "ui.editor.preview." + key, control), control);
    }

    // --- bottom: the commands ---------------------------------------------------------------------------

    private Node commandBar() {
        Label status = StatusLabel.create("editor-status", vm.statusProperty(), false);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button compare = Controls.button("editor-compare", "ui.editor.compare", e -> run(() ->
                vm.compare().ifPresent(dialogs::showComparison)));
        compare.disableProperty().bind(vm.form().canCompareProperty().not());
        Button revert = Controls.button("editor-revert", "ui.editor.revert", e -> run(vm.form()::revert));
        revert.disableProperty().bind(vm.form().dirtyProperty().not());
        Button delete = Controls.button("editor-delete", "ui.editor.delete", e -> {
            TemplateItem item = vm.list().selectedProperty().get();
            if (item != null && dialogs.confirmDelete(item.title())) {
                run(vm.list()::delete);
            }
        });
        delete.disableProperty().bind(vm.form().editableProperty().not());
        Button save = Controls.button("editor-save", "ui.editor.save", e -> run(vm.form()::save));
        save.disableProperty().bind(vm.form().editableProperty().not());
        save.setDefaultButton(false);
        HBox bar = new HBox(8, status, compare, revert, delete, save);
        bar.setId("editor-commands");
        bar.getStyleClass().add("command-bar");
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void share() {
        run(() -> dialogs.chooseExport(vm.list().shareable(), vm.pack().organisation())
                .ifPresent(choice -> vm.pack().exportPack(choice.templates(), choice.target(), choice.organisation())));
    }

    private void importPack() {
        run(() -> {
            Optional<java.nio.file.Path> file = dialogs.chooseImportFile();
            if (file.isEmpty()) {
                return;
            }
            ImportPlan plan = vm.pack().readPack(file.get());
            EditorDialogs.ImportDecision decision = dialogs.confirmImport(plan);
            if (decision != EditorDialogs.ImportDecision.CANCEL) {
                vm.pack().importPack(plan, decision == EditorDialogs.ImportDecision.REPLACE);
            }
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            dialogs.showError(e);
        }
    }

    /** For tests and the window: the control that edits a header field. */
    Control field(String name) {
        return fieldControls.get(name);
    }
}
