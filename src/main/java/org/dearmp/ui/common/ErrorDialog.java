package org.dearmp.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;

/**
 * Shows a failure in plain words. The technical details (the stack trace) are there for a bug
 * report, but only when the user expands them.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** What to tell the user: a domain exception says it; anything else is a plain "went wrong". */
    public static String userMessage(Throwable error) {
        return Status.userMessage(error);
    }

    public static Alert create(Window owner, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        Controls.matchOwner(alert.getDialogPane(), owner);
        alert.setTitle(Messages.get("ui.error.title"));
        alert.setHeaderText(Messages.get("ui.error.header"));
        Label message = Controls.text("error-message", userMessage(error));
        alert.getDialogPane().setContent(message);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setId("error-details");
        details.setEditable(false);
        details.setWrapText(false);
        details.setAccessibleText(Messages.get("ui.error.details"));
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox expandable = new VBox(new Label(Messages.get("ui.error.details")), details);
        expandable.setId("error-expandable");
        alert.getDialogPane().setExpandableContent(expandable);
        alert.getDialogPane().setExpanded(false);
        alert.getDialogPane().setId("error-dialog");
        return alert;
    }

    public static void show(Window owner, Throwable error) {
        create(owner, error).showAndWait();
    }
}
