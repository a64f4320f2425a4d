package org.dearmp.ui.desktop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.ErrorDialog;
import org.dearmp.ui.common.OwnerSized;
import org.dearmp.ui.common.Windows;

/** The questions as JavaFX alerts styled like their window, and the system's own file dialogs. */
public final class FxDialogService implements DialogService {
    /** How wide a question's message would like to be, in the owner's text size. */
    private static final double MESSAGE_EMS = 34;

    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public <T> Optional<T> choose(Question question, List<Answer<T>> answers) {
        List<ButtonType> buttons = answers.stream().map(a -> new ButtonType(a.label(), buttonData(a.role()))).toList();
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.CONFIRMATION, "", buttons.toArray(ButtonType[]::new)),
                owner);
        DialogPane pane = words(alert, question);
        for (int i = 0; i < answers.size(); i++) {
            Button button = (Button) pane.lookupButton(buttons.get(i));
            button.setId(answers.get(i).id());
            // Only the answer named the default is what Enter does: never a destructive one by accident.
            button.setDefaultButton(answers.get(i).isDefault());
        }
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).map(i -> answers.get(i).value());
    }

    private static ButtonBar.ButtonData buttonData(Role role) {
        return switch (role) {
            case YES -> ButtonBar.ButtonData.OK_DONE;
            case OTHER -> ButtonBar.ButtonData.OTHER;
            case NO -> ButtonBar.ButtonData.CANCEL_CLOSE;
        };
    }

    private DialogPane words(Alert alert, Question question) {
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        DialogPane pane = alert.getDialogPane();
        pane.setId(question.id() + "-dialog");
        // Sized to the owner, the message wrapping: the alert's own label runs a long line off the screen.
        OwnerSized.fit(alert, Controls.dialogMessage(pane, question.id() + "-message", question.message()), owner,
                MESSAGE_EMS);
        return pane;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind, null);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.dialog.allFiles"), "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser(title, kind, initialFolder);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder(null));
        return remember(chooser.showDialog(owner));
    }

    private FileChooser chooser(String title, FileKind kind, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(),
                kind.extensions().stream().map(e -> "*." + e).toList()));
        chooser.setInitialDirectory(startFolder(initialFolder));
        return chooser;
    }

    private File startFolder(Path initialFolder) {
        // One stat of a folder, on the FX thread on purpose: the file dialog shown next lists that same folder there.
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            return initialFolder.toFile();
        }
        return lastFolder != null && lastFolder.isDirectory() ? lastFolder : new File(System.getProperty("user.home"));
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.isDirectory() ? chosen : chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    /** A domain exception says what happened in its own words; anything else is a bug, reported as one. */
    @Override
    public void showError(Throwable error) {
        if (!(error instanceof DearMpException)) {
            ErrorDialog.show(owner, error);
            return;
        }
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.ERROR, "", DialogButtons.ok()), owner);
        words(alert, new Question("plain", Messages.get("ui.error.title"), null, ErrorDialog.userMessage(error)));
        alert.showAndWait();
    }

    @Override
    public void showInfo(Question question) {
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.ok()), owner);
        words(alert, question);
        alert.showAndWait();
    }
}
