package org.dearmp.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keys that work the same in every window. */
public final class Keyboard {
    private static final String TAB_LEAVES = Keyboard.class.getName() + ".tabLeaves";
    /** Marks the Ctrl+Tab this class sends itself, which moves the focus, from one the user typed. */
    private static final String TRAVERSE = "dearmp-traverse";

    private Keyboard() {
    }

    /**
     * Tab and Shift+Tab leave a multi-line field, as they leave every other field: a tab character is not
     * what people mean in an address or a letter. Ctrl+Tab types one, for the rare time it is wanted.
     */
    public static TextArea tabLeaves(TextArea area) {
        if (isTabLeaving(area)) {
            return area;
        }
        area.getProperties().put(TAB_LEAVES, Boolean.TRUE);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.isControlDown()) {
                if (!TRAVERSE.equals(e.getText())) {
                    e.consume();
                    if (area.isEditable()) {
                        area.replaceSelection("\t");
                    }
                }
                return;
            }
            e.consume();
            // A text area moves the focus on Ctrl+Tab (and back on Ctrl+Shift+Tab): ask it to, as Tab does elsewhere.
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", TRAVERSE, KeyCode.TAB, e.isShiftDown(), true,
                    false, false));
        });
        return area;
    }

    /**
     * Enter in a list of choices: the first press takes the row under the focus when none is chosen yet;
     * once a row is chosen, Enter goes on to the next step (as the template list does).
     */
    public static <T> ListView<T> enterChoosesThenGoesOn(ListView<T> list, Runnable next) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isShortcutDown() || e.isShiftDown()) {
                return;
            }
            int focused = list.getFocusModel().getFocusedIndex();
            e.consume();
            if (list.getSelectionModel().isEmpty()) {
                if (focused >= 0) {
                    list.getSelectionModel().select(focused);
                }
                return;
            }
            next.run();
        });
        return list;
    }

    /** Whether {@link #tabLeaves(TextArea)} was applied (the accessibility audit checks every text area). */
    public static boolean isTabLeaving(TextArea area) {
        return Boolean.TRUE.equals(area.getProperties().get(TAB_LEAVES));
    }
}
