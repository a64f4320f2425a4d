package org.dearmp.ui.common;

import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;

/**
 * The app's own OK, Close and Cancel: the toolkit's ButtonType.OK and friends have no mnemonic, and every
 * button of every dialog must work with Alt + its underlined letter. One set per interface language, made
 * when first asked for in it: constants would keep the words of whichever language was first in use.
 */
public final class DialogButtons {
    private record Buttons(ButtonType ok, ButtonType close, ButtonType cancel) {
        static Buttons in(Language language) {
            return new Buttons(new ButtonType(Messages.in(language, "ui.dialog.ok"), ButtonData.OK_DONE),
                    new ButtonType(Messages.in(language, "ui.dialog.close"), ButtonData.CANCEL_CLOSE),
                    new ButtonType(Messages.in(language, "ui.dialog.cancel"), ButtonData.CANCEL_CLOSE));
        }
    }

    private static final ConcurrentHashMap<Language, Buttons> BY_LANGUAGE = new ConcurrentHashMap<>();

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return buttons().ok();
    }

    public static ButtonType close() {
        return buttons().close();
    }

    public static ButtonType cancel() {
        return buttons().cancel();
    }

    private static Buttons buttons() {
        return BY_LANGUAGE.computeIfAbsent(Messages.language(), Buttons::in);
    }
}
