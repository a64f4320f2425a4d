package org.dearmp.ui.help;

import java.util.function.Consumer;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.Windows;

/** F1: what this screen is for and the keys that work on it, in a few plain sentences. */
public final class HelpDialog {
    private HelpDialog() {
    }

    public static Dialog<?> create(Window owner, HelpTopic topic) {
        Dialog<Object> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("ui.help.title", topic.heading()));
        dialog.getDialogPane().setId("help-dialog");
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.CLOSE);
        dialog.getDialogPane().lookupButton(DialogButtons.CLOSE).setId("help-close");
        Windows.dialog(dialog, owner);
        double em = Windows.of(owner).fontSize();
        Label heading = Controls.heading("help-heading", topic.heading());
        Label text = Controls.text("help-text", topic.text());
        Label keysHeading = Controls.text("help-keys-heading", Messages.get("ui.help.keys"), "subheading");
        Label keys = Controls.text("help-keys", topic.keys(), "hint-text");
        VBox content = new VBox(heading, text, keysHeading, keys);
        content.getStyleClass().add("help");
        content.setSpacing(0.5 * em);
        content.setPrefWidth(32 * em);
        content.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        return dialog;
    }

    /** What F1 does in a window whose help is {@code topic}. */
    public static Consumer<Window> opener(HelpTopic topic) {
        return owner -> show(owner, topic);
    }

    public static void show(Window owner, HelpTopic topic) {
        create(owner, topic).showAndWait();
    }
}
