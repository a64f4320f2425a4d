package org.dearmp.ui.help;

import java.util.Locale;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.wizard.Step;

/** What F1 explains: one short section for each step of the letter wizard, the batch and the templates. */
public enum HelpTopic {
    START(false), POSTCODE(false), MP(false), TEMPLATE(false), LETTER(false), SEND(false), BATCH(true), EDITOR(true);

    private final boolean window;

    HelpTopic(boolean window) {
        this.window = window;
    }

    /** The help for a step of the letter wizard: each step has its own, of the same name. */
    public static HelpTopic forStep(Step step) {
        return valueOf(step.name());
    }

    private String key(String part) {
        return "ui.help." + name().toLowerCase(Locale.ROOT) + "." + part;
    }

    public String heading() {
        return Messages.get(key("heading"));
    }

    public String text() {
        return Messages.get(key("text"));
    }

    /** The keys that work there: the wizard's, or a window's beside it (which also closes with Escape). */
    public String keys() {
        return Messages.get(window ? "ui.help.keys.window" : "ui.help.keys.wizard");
    }
}
