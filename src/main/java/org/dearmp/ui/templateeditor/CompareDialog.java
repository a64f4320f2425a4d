package org.dearmp.ui.templateeditor;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.template.user.LineDiff;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.Windows;

/** A copy against its bundled original, line by line, added and removed lines marked. */
public final class CompareDialog {
    private CompareDialog() {
    }

    public static void show(Window owner, TemplateEditorViewModel.Comparison comparison) {
        Dialog<Void> dialog = Windows.dialog(new Dialog<>(), owner);
        dialog.getDialogPane().setId("editor-compare-dialog");
        dialog.setResizable(true);
        dialog.setTitle(Messages.get("ui.editor.compare.title", comparison.originalTitle()));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("ui.editor.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ListView<LineDiff.Line> lines = new ListView<>();
        lines.setId("compare-lines");
        lines.setAccessibleText(Messages.get("ui.editor.compare.text"));
        lines.getItems().setAll(comparison.lines());
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LineDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.unified().replaceFirst("^- ", "\u2212 "));
                if (line.kind() != LineDiff.Kind.SAME) {
                    getStyleClass().add(line.kind() == LineDiff.Kind.ADDED ? "diff-added" : "diff-removed");
                }
            }
        });
        lines.setPrefSize(820, 520);
        Label legend = Controls.text("compare-legend", Messages.get(comparison.identical()
                ? "ui.editor.compare.identical" : "ui.editor.compare.legend"));
        dialog.getDialogPane().setContent(new VBox(8, legend, lines));
        dialog.getDialogPane().getStylesheets().add(CompareDialog.class.getResource("editor.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("compare-window");
        dialog.showAndWait();
    }
}
