package org.dearmp.ui.wizard.template;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.services.TemplateChoice;
import org.dearmp.ui.common.Controls;

/** Step 3: the templates as cards in a list (one tab stop, arrow keys to move, Enter to go on). */
public final class TemplateView extends VBox {
    private final ListView<TemplateChoice> list;

    public TemplateView(TemplateViewModel vm, Runnable next) {
        setId("step-template");
        getStyleClass().addAll("step", "narrow-step");
        Label heading = Controls.heading("template-heading", Messages.get("ui.template.heading"));
        Label intro = Controls.text("template-intro", Messages.get("ui.template.intro"), "intro");

        list = new ListView<>(vm.templates());
        list.setId("template-list");
        list.getStyleClass().add("card-list");
        list.setCellFactory(l -> new TemplateCell(l));
        Label label = Controls.labelFor("template-label", "ui.template.label", list);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
                next.run();
            }
        });
        // Enter takes the template under the focus (chosen with the arrow keys, or the first) and goes on.
        list.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isShortcutDown()) {
                return;
            }
            int focused = list.getFocusModel().getFocusedIndex();
            if (list.getSelectionModel().isEmpty() && focused >= 0) {
                list.getSelectionModel().select(focused);
            }
            if (vm.selectedProperty().get() != null) {
                next.run();
                e.consume();
            }
        });
        getChildren().addAll(heading, intro, label, list);
    }

    public void focusFirst() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getFocusModel().focus(0);
        }
    }

    /** A card: title, summary and the ask; the blank template says it is blank. */
    private static final class TemplateCell extends ListCell<TemplateChoice> {
        private final Label title = new Label();
        private final Label summary = new Label();
        private final Label ask = new Label();
        private final VBox box = new VBox(title, summary, ask);

        TemplateCell(ListView<TemplateChoice> list) {
            title.getStyleClass().add("card-title");
            summary.getStyleClass().add("card-summary");
            ask.getStyleClass().add("card-ask");
            for (Label l : new Label[] {title, summary, ask}) {
                l.setWrapText(true);
                l.setMinHeight(USE_PREF_SIZE);
            }
            box.getStyleClass().add("card-box");
            // Wrap to the list's width (less the scroll bar and the cell's padding, which grow with the text
            // size) instead of growing sideways.
            box.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> list.getWidth() - 28 * getFont().getSize() / javafx.scene.text.Font.getDefault().getSize(),
                    list.widthProperty(), fontProperty()));
            box.setMaxWidth(USE_PREF_SIZE);
            setGraphic(null);
        }

        @Override
        protected void updateItem(TemplateChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(item.title());
            summary.setText(item.summary());
            ask.setText(item.blank() ? Messages.get("ui.template.blankAsk")
                    : Messages.get("ui.template.ask", item.ask()));
            ask.setVisible(item.blank() || !item.ask().isBlank());
            ask.setManaged(ask.isVisible());
            setGraphic(box);
            setAccessibleText(item.title() + ". " + item.summary());
        }
    }
}
