package org.dearmp.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;

/**
 * Shows a failure in plain words. The technical details (the stack trace) are there for a bug
 * report, but only when the user asks for them (Show details, Alt+D).
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** What to tell the user: a domain exception says it; anything else is a plain "went wrong". */
    public static String userMessage(Throwable error) {
        return Status.userMessage(error);
    }

    public static Alert create(Window owner, Throwable error) {
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.ERROR, "", DialogButtons.ok()), owner);
        alert.setTitle(Messages.get("ui.error.title"));
        alert.setHeaderText(Messages.get("ui.error.header"));
        Label message = Controls.text("error-message", userMessage(error));
        message.setMaxWidth(34 * Windows.of(owner).fontSize());
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setId("error-details");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        Keyboard.tabLeaves(details);
        Label detailsLabel = Controls.labelFor("error-details-label", "ui.error.details", details);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox expandable = new VBox(detailsLabel, details);
        expandable.setId("error-expandable");
        // The toolkit's own "Show Details" link has no mnemonic: this one does, and says what it shows.
        ToggleButton show = new ToggleButton(Messages.get("ui.error.showDetails"));
        show.setId("error-show-details");
        show.setMnemonicParsing(true);
        show.setAccessibleText(Controls.plain(show.getText()));
        Controls.showWhen(expandable, show.selectedProperty());
        show.selectedProperty().addListener((obs, old, now) -> {
            if (alert.getDialogPane().getScene() != null) {
                alert.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        VBox content = new VBox(8, message, show, expandable);
        content.getStyleClass().add("dialog-content");
        content.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().setId("error-dialog");
        return alert;
    }

    public static void show(Window owner, Throwable error) {
        create(owner, error).showAndWait();
    }
}
