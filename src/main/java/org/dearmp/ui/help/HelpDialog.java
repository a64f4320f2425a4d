package org.dearmp.ui.help;

import java.util.function.Consumer;
import javafx.stage.Window;

/** F1: the guide, open at the part that explains the screen F1 was pressed on. */
public final class HelpDialog {
    private HelpDialog() {
    }

    /** What F1 does in a window whose help is {@code topic}. */
    public static Consumer<Window> opener(HelpTopic topic) {
        return owner -> show(owner, topic);
    }

    public static void show(Window owner, HelpTopic topic) {
        GuideDialog.show(owner, GuideSection.forScreen(topic));
    }
}
