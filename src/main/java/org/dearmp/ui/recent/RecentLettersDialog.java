package org.dearmp.ui.recent;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.ErrorDialog;

/** Recent letters: date, MP, template; Reopen, Delete, Close. */
public final class RecentLettersDialog {
    private RecentLettersDialog() {
    }

    public static void show(Window owner, RecentLettersViewModel vm) {
        show(owner, vm, null);
    }

    /**
     * Shows the dialog until it is closed; while the list is still being read, returns at once and shows it when read.
     *
     * @param prompt records replies and offers follow-ups for letters that went; null for no such buttons
     */
    public static void show(Window owner, RecentLettersViewModel vm, FollowUpPrompt prompt) {
        // Shown once the list is read (in the background): the columns are then sized to the letters.
        if (!vm.loadedProperty().get()) {
            vm.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
                                    Boolean now) {
                    vm.loadedProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> show(owner, vm, prompt));
                }
            });
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("ui.recent.title"));
        dialog.getDialogPane().setId("recent-dialog");

        TableView<SavedLetter> table = new TableView<>(vm.letters());
        table.setId("recent-table");
        Label placeholder = new Label();
        placeholder.setId("recent-placeholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.recent.date", vm::when));
        table.getColumns().add(column("ui.recent.mp", l -> l.constituencyName().isBlank() ? l.mpName()
                : Messages.get("ui.recent.mpFor", l.mpName(), l.constituencyName())));
        table.getColumns().add(column("ui.recent.template", SavedLetter::templateTitle));
        table.getColumns().add(column("ui.recent.status", vm::status));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        
        Label label = Controls.labelFor("recent-label", "ui.recent.label", table);
        VBox content = new VBox(label, table);
        content.getStyleClass().add("dialog-content");
        dialog.getDialogPane().setContent(content);
        Controls.matchOwner(dialog.getDialogPane(), owner);

        ButtonType reopen = new ButtonType(Messages.get("ui.recent.reopen"), ButtonBar.ButtonData.OK_DONE);
        ButtonType delete = new ButtonType(Messages.get("ui.recent.delete"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Messages.get("ui.recent.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(reopen, delete, close);
        if (prompt != null) {
            HistoryButtons.add(dialog, vm, prompt);
        }
        Button reopenButton = (Button) dialog.getDialogPane().lookupButton(reopen);
        reopenButton.setId("recent-reopen");
        reopenButton.disableProperty().bind(vm.selectedProperty().isNull());
        Button deleteButton = (Button) dialog.getDialogPane().lookupButton(delete);
        deleteButton.setId("recent-delete");
        deleteButton.disableProperty().bind(vm.selectedProperty().isNull());
        // Delete keeps the dialog open: the user may want to tidy several.
        vm.setOnError(error -> ErrorDialog.show(owner, error));
        deleteButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.delete();
        });
        dialog.setResizable(true);
        // As large as the text needs, but never larger than the window it belongs to.
        double em = scale(owner) * javafx.scene.text.Font.getDefault().getSize();
        boolean sized = owner.getWidth() > 0 && owner.getHeight() > 0;
        dialog.getDialogPane().setPrefSize(
                sized ? Math.min(760 * scale(owner), owner.getWidth() - 2 * em) : 760 * scale(owner),
                sized ? Math.min(440 * scale(owner), owner.getHeight() - 2 * em) : 440 * scale(owner));
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        dialog.showAndWait().filter(reopen::equals).ifPresent(b -> vm.reopen());
    }

    /** How much larger than the system's the text is, so the dialog grows with it. */
    private static double scale(Window owner) {
        String style = owner.getScene().getRoot().getStyle();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px").matcher(style);
        return m.find() ? Double.parseDouble(m.group(1)) / javafx.scene.text.Font.getDefault().getSize() : 1;
    }

    private static TableColumn<SavedLetter, String> column(String key,
                                                          java.util.function.Function<SavedLetter, String> value) {
        TableColumn<SavedLetter, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    /** A cell whose words wrap onto more lines in a narrow column, rather than end in "...". */
    private static final class WrappingCell extends TableCell<SavedLetter, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("text");
            text.fontProperty().bind(fontProperty());
            text.fillProperty().bind(textFillProperty());
            text.wrappingWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(empty ? null : item);
            setGraphic(empty ? null : text);
        }
    }
}
