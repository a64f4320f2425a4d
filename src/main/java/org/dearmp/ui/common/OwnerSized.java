package org.dearmp.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Sizes a dialog to its owner window at the owner's text size: the content (wrapping labels) is as wide as
 * a comfortable line of text, never wider than the owner; the dialog grows past that only as far as its
 * buttons need, so no button's words are cut short. Works at any text size.
 */
public final class OwnerSized {
    private static final java.util.regex.Pattern FONT_SIZE = java.util.regex.Pattern.compile(
            "-fx-font-size: ([0-9.]+)px");

    private OwnerSized() {
    }

    /** @param ems how wide the content would like to be, in the owner's text size */
    public static void fit(Dialog<?> dialog, Region content, Window owner, double ems) {
        DialogPane pane = dialog.getDialogPane();
        Controls.matchOwner(pane, owner);
        double em = fontSize(owner);
        boolean sized = owner != null && owner.getWidth() > 0 && owner.getHeight() > 0;
        double room = sized ? owner.getWidth() - 2 * em : Double.MAX_VALUE;
        content.setMaxWidth(Double.MAX_VALUE);
        content.setPrefWidth(Math.min(ems * em, room - 2 * em));
        pane.setMaxWidth(room);
        if (sized) {
            pane.setMaxHeight(owner.getHeight() - 2 * em);
        }
        pane.setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.setOnShown(e -> pane.getScene().getWindow().sizeToScene());
    }

    /** The text size of the owner window in pixels (the user may have made it larger). */
    public static double fontSize(Window owner) {
        double system = javafx.scene.text.Font.getDefault().getSize();
        if (owner == null || owner.getScene() == null || owner.getScene().getRoot().getStyle() == null) {
            return system;
        }
        java.util.regex.Matcher m = FONT_SIZE.matcher(owner.getScene().getRoot().getStyle());
        return m.find() ? Double.parseDouble(m.group(1)) : system;
    }
}
