package org.dearmp.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.dearmp.i18n.Messages;

/**
 * The app's own OK, Close and Cancel: the toolkit's ButtonType.OK and friends have no mnemonic, and every
 * button of every dialog must work with Alt + its underlined letter.
 */
public final class DialogButtons {
    public static final ButtonType OK = new ButtonType(Messages.get("ui.dialog.ok"), ButtonData.OK_DONE);
    public static final ButtonType CLOSE = new ButtonType(Messages.get("ui.dialog.close"), ButtonData.CANCEL_CLOSE);
    public static final ButtonType CANCEL = new ButtonType(Messages.get("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE);

    private DialogButtons() {
    }
}
