package org.dearmp.ui;

import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.dearmp.ui.common.Controls;

/**
 * Sizes a dialog to its owner window: as wide as a comfortable line of text at the owner's text size,
 * never wider or taller than the owner, with its labels wrapping inside. Works at any text size.
 */
final class OwnerSized {
    private static final java.util.regex.Pattern FONT_SIZE = java.util.regex.Pattern.compile(
            "-fx-font-size: ([0-9.]+)px");

    private OwnerSized() {
    }

    /** @param ems how wide the dialog would like to be, in the owner's text size */
    static void fit(DialogPane pane, Window owner, double ems) {
        Controls.matchOwner(pane, owner);
        double em = fontSize(owner);
        double room = owner == null || owner.getWidth() <= 0 ? ems * em : owner.getWidth() - 2 * em;
        double width = Math.min(ems * em, room);
        pane.setPrefWidth(width);
        pane.setMaxWidth(width);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        if (owner != null && owner.getHeight() > 0) {
            pane.setMaxHeight(owner.getHeight() - 2 * em);
        }
    }

    /** The text size of the owner window in pixels (the user may have made it larger). */
    static double fontSize(Window owner) {
        double system = javafx.scene.text.Font.getDefault().getSize();
        if (owner == null || owner.getScene() == null || owner.getScene().getRoot().getStyle() == null) {
            return system;
        }
        java.util.regex.Matcher m = FONT_SIZE.matcher(owner.getScene().getRoot().getStyle());
        return m.find() ? Double.parseDouble(m.group(1)) : system;
    }
}
