package org.dearmp.ui.common;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.dearmp.i18n.Messages;

/**
 * Builds controls the same accessible way everywhere: an id, accessible text, a label bound with
 * label-for and a mnemonic (an underscore in the message marks the mnemonic letter).
 */
public final class Controls {
    private Controls() {
    }

    /** A label for {@code target}; its message's underscore gives the Alt+letter that focuses the target. */
    public static Label labelFor(String id, String messageKey, Node target) {
        Label label = new Label(Messages.get(messageKey));
        label.setId(id);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add("field-label");
        if (target instanceof Control control && control.getAccessibleText() == null) {
            control.setAccessibleText(plain(label.getText()));
        }
        return label;
    }

    public static Label text(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Label heading(String id, String text) {
        Label label = text(id, text, "heading");
        label.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        return label;
    }

    public static Button button(String id, String messageKey, EventHandler<ActionEvent> action) {
        Button button = new Button(Messages.get(messageKey));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(plain(button.getText()));
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A small icon-like button; its tooltip and accessible text say what it does. */
    public static Button iconButton(String id, String glyph, String accessibleText, EventHandler<ActionEvent> action) {
        Button button = new Button(glyph);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setAccessibleText(accessibleText);
        button.setTooltip(new Tooltip(accessibleText));
        button.getStyleClass().add("icon-button");
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    public static Hyperlink link(String id, String messageKey, EventHandler<ActionEvent> action) {
        Hyperlink link = new Hyperlink(Messages.get(messageKey));
        link.setId(id);
        link.setMnemonicParsing(true);
        link.setAccessibleText(plain(link.getText()));
        link.setOnAction(action);
        return link;
    }

    public static TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        if (promptKey != null) {
            field.setPromptText(Messages.get(promptKey));
        }
        return field;
    }

    public static TextArea area(String id, String promptKey, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        if (promptKey != null) {
            area.setPromptText(Messages.get(promptKey));
        }
        Keyboard.tabLeaves(area);
        return area;
    }

    /** A dialog looks like its window: same stylesheet, same text size (the user may have made it larger). */
    public static void matchOwner(javafx.scene.control.DialogPane pane, javafx.stage.Window owner) {
        Windows.matchOwner(pane, owner);
    }

    /** The message of an alert as a wrapping label: the alert's own label cuts long text short. */
    public static Label dialogMessage(javafx.scene.control.DialogPane pane, String id, String message) {
        Label label = text(id, message, "dialog-message");
        label.setMaxWidth(30 * javafx.scene.text.Font.getDefault().getSize());
        pane.setContent(label);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The text as read aloud: without the mnemonic underscore. */
    public static String plain(String withMnemonic) {
        return withMnemonic.replaceFirst("_(?=.)", "");
    }

    /** Shows the node only while {@code visible} holds, taking no room when hidden. */
    public static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(visible);
    }
}
