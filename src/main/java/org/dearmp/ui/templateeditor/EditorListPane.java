package org.dearmp.ui.templateeditor;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** The Templates screen's left side: the search, the template list, and new, duplicate, import and share. */
final class EditorListPane {
    private final TemplateEditorViewModel vm;
    private final Consumer<Runnable> run;

    /** {@code run} runs a command, showing what went wrong if it fails. */
    EditorListPane(TemplateEditorViewModel vm, Consumer<Runnable> run) {
        this.vm = vm;
        this.run = run;
    }

    Node build() {
        EditorListModel model = vm.list();
        TextField search = Controls.field("editor-search", "ui.editor.search.prompt");
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<TemplateItem> list = new ListView<>(model.templates());
        list.setId("editor-templates");
        list.setAccessibleText(Messages.get("ui.editor.list"));
        list.setPlaceholder(new Label(Messages.get("ui.editor.list.empty")));
        list.setCellFactory(v -> new TemplateCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                run.accept(() -> model.selectedProperty().set(now));
            }
        });
        model.selectedProperty().addListener((o, old, now) -> selectInList(list, now));
        model.templates().addListener((ListChangeListener<TemplateItem>) c ->
                Platform.runLater(() -> selectInList(list, model.selectedProperty().get())));
        selectInList(list, model.selectedProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button duplicate = Controls.button("editor-duplicate", "ui.editor.duplicate", e -> run.accept(model::duplicate));
        duplicate.disableProperty().bind(model.selectedProperty().isNull().or(vm.busyProperty()));
        Button create = Controls.button("editor-new", "ui.editor.new", e -> run.accept(model::newTemplate));
        Button importPack = Controls.button("editor-import", "ui.editor.import", e -> vm.importPack());
        Button share = Controls.button("editor-share", "ui.editor.share", e -> share((Node) e.getSource()));
        // While the screen writes these wait, so nothing is written twice or read before it is written.
        create.disableProperty().bind(vm.busyProperty());
        importPack.disableProperty().bind(vm.busyProperty());
        share.disableProperty().bind(vm.busyProperty());
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

    /** Which templates, in this screen's own dialog; where to save them and the saving are the model's. */
    private void share(Node from) {
        run.accept(() -> ShareDialog.ask(from.getScene().getWindow(), vm.list().shareable(), vm.pack().organisation())
                .ifPresent(vm.pack()::share));
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
}
