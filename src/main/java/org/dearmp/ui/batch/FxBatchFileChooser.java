package org.dearmp.ui.batch;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.OwnerSized;
import org.dearmp.ui.common.Windows;

/** The system's own file dialogs, and the question about a folder that holds a finished batch. */
public final class FxBatchFileChooser implements BatchFileChooser {

    private final Window owner;
    private File lastFolder;

    public FxBatchFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openSupporters() {
        FileChooser chooser = chooser("ui.batch.dialog.supporters");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.csvFiles"), "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.allFiles"), "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseOutputFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("ui.batch.dialog.folder"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> openMapping() {
        FileChooser chooser = chooser("ui.batch.dialog.openMapping");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.jsonFiles"), "*.json"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveMapping() {
        FileChooser chooser = chooser("ui.batch.dialog.saveMapping");
        chooser.setInitialFileName("column-mapping.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.jsonFiles"), "*.json"));
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public FinishedBatchQuestion.Answer finishedBatchIn(Path folder, int letters) {
        ButtonType replace = new ButtonType(Messages.get("ui.batch.finished.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(Messages.get("ui.batch.finished.other"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = DialogButtons.CANCEL;
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.CONFIRMATION, "", replace, other, cancel), owner);
        alert.setTitle(Messages.get("ui.batch.finished.title"));
        alert.setHeaderText(Messages.get("ui.batch.finished.header"));
        DialogPane pane = alert.getDialogPane();
        pane.setId("batch-finished-dialog");
        // Sized to the batch window, the message wrapping: its long line made the dialog run off the screen.
        OwnerSized.fit(alert, Controls.dialogMessage(pane, "batch-finished-message",
                Messages.get("ui.batch.finished.message", folder, letters)), owner, 32);
        pane.lookupButton(replace).setId("batch-finished-replace");
        pane.lookupButton(other).setId("batch-finished-other");
        pane.lookupButton(cancel).setId("batch-finished-cancel");
        // Replacing deletes files: it is never what Enter does without a thought.
        ((Button) pane.lookupButton(replace)).setDefaultButton(false);
        ((Button) pane.lookupButton(other)).setDefaultButton(true);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == replace ? FinishedBatchQuestion.Answer.REPLACE
                : answer == other ? FinishedBatchQuestion.Answer.CHOOSE_NEW_FOLDER : FinishedBatchQuestion.Answer.CANCEL;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.isDirectory() ? chosen : chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
