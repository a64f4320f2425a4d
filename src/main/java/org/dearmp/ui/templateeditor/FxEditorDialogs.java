package org.dearmp.ui.templateeditor;

import java.time.LocalDateTime;
import org.dearmp.core.UkDates;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackEntry;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.LineDiff;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.Windows;

/** The Templates screen's questions as JavaFX dialogs and file choosers. */
public final class FxEditorDialogs implements EditorDialogs {
    private final Window owner;

    public FxEditorDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmDelete(String title) {
        ButtonType delete = new ButtonType(Messages.get("ui.editor.delete.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.editor.delete.confirm", title),
                cancel, delete);
        Windows.dialog(alert, owner);
        alert.getDialogPane().setId("editor-delete-dialog");
        alert.setTitle(Messages.get("ui.editor.delete.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ui.editor.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("ui.editor.share.fileType"), "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ExportChoice> chooseExport(List<TemplateItem> shareable) {
        return chooseExport(shareable, "");
    }

    @Override
    public Optional<ExportChoice> chooseExport(List<TemplateItem> shareable, String knownOrganisation) {
        Dialog<ButtonType> dialog = Windows.dialog(new Dialog<>(), owner);
        dialog.getDialogPane().setId("editor-share-dialog");
        dialog.setTitle(Messages.get("ui.editor.share.title"));
        ButtonType save = new ButtonType(Messages.get("ui.editor.share.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.CANCEL, save);
        VBox content = new VBox(8, Controls.text("share-intro", Messages.get("ui.editor.share.intro")));
        List<CheckBox> boxes = new ArrayList<>();
        if (shareable.isEmpty()) {
            content.getChildren().add(Controls.text("share-none", Messages.get("ui.editor.share.none"), "notice"));
            dialog.getDialogPane().lookupButton(save).setDisable(true);
        } else {
            content.getChildren().add(Controls.text("share-templates-label", Messages.get("ui.editor.share.templates")));
            for (TemplateItem item : shareable) {
                CheckBox box = new CheckBox(item.title());
                box.setId("share-" + item.id());
                box.setMnemonicParsing(false);
                box.setSelected(true);
                box.setUserData(item);
                boxes.add(box);
                content.getChildren().add(box);
            }
        }
        TextField organisation = Controls.field("share-organisation", "ui.editor.share.organisation.prompt");
        organisation.setText(knownOrganisation);
        content.getChildren().addAll(Controls.labelFor("share-organisation-label", "ui.editor.share.organisation",
                organisation), organisation);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        if (dialog.showAndWait().filter(save::equals).isEmpty()) {
            return Optional.empty();
        }
        List<TemplateItem> chosen = boxes.stream().filter(CheckBox::isSelected)
                .map(b -> (TemplateItem) b.getUserData()).toList();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ui.editor.share.title"));
        chooser.setInitialFileName((chosen.size() == 1 ? chosen.get(0).id() : "templates") + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("ui.editor.share.fileType"), "*.zip"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty()
                : Optional.of(new ExportChoice(chosen, organisation.getText(), file.toPath()));
    }

    @Override
    public ImportDecision confirmImport(ImportPlan plan) {
        PackManifest manifest = plan.pack().manifest();
        StringBuilder text = new StringBuilder();
        if (!manifest.organisation().isEmpty()) {
            text.append(Messages.get("ui.editor.import.from", manifest.organisation())).append('\n');
        }
        text.append(Messages.get("ui.editor.import.created",
                UkDates.dateAndTime(LocalDateTime.ofInstant(manifest.created(), ZoneId.systemDefault())))).append("\n\n");
        text.append(Messages.get("ui.editor.import.contents")).append('\n');
        for (PackEntry entry : manifest.templates()) {
            String state = plan.replaced().contains(entry.id()) ? Messages.get("ui.editor.import.replaces")
                    : Messages.get("ui.editor.import.new");
            text.append("\u2022 ").append(Messages.get("ui.editor.import.entry", entry.title(), entry.version()))
                    .append(" \u2013 ").append(state).append('\n');
        }
        ButtonType cancel = new ButtonType(Messages.get("ui.editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType replace = new ButtonType(Messages.get(plan.replacesAny() ? "ui.editor.import.replace"
                : "ui.editor.import.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType onlyNew = new ButtonType(Messages.get("ui.editor.import.onlyNew"), ButtonBar.ButtonData.OTHER);
        if (plan.replacesAny()) {
            text.append('\n').append(Messages.get("ui.editor.import.replaceQuestion", plan.replaced().size()));
        }
        Alert alert = plan.replacesAny() && !plan.added().isEmpty()
                ? new Alert(Alert.AlertType.CONFIRMATION, text.toString(), cancel, onlyNew, replace)
                : new Alert(Alert.AlertType.CONFIRMATION, text.toString(), cancel, replace);
        Windows.dialog(alert, owner);
        alert.getDialogPane().setId("editor-import-dialog");
        alert.setTitle(Messages.get("ui.editor.import.title"));
        alert.setHeaderText(null);
        if (plan.replacesAny()) {
            // Replacing someone's own templates must be a choice, never what Enter does.
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(replace::equals).isPresent()) {
            return ImportDecision.REPLACE;
        }
        return answer.filter(onlyNew::equals).isPresent() ? ImportDecision.ONLY_NEW : ImportDecision.CANCEL;
    }

    @Override
    public void showComparison(TemplateEditorViewModel.Comparison comparison) {
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
        dialog.getDialogPane().getStylesheets().add(FxEditorDialogs.class.getResource("editor.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("compare-window");
        dialog.showAndWait();
    }

    @Override
    public void showError(Throwable error) {
        String message = error instanceof org.dearmp.core.DearMpException && error.getMessage() != null
                ? error.getMessage() : String.valueOf(error);
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.ERROR, message, DialogButtons.OK), owner);
        alert.getDialogPane().setId("editor-error-dialog");
        alert.setTitle(Messages.get("ui.editor.error.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
