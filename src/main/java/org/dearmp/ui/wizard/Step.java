package org.dearmp.ui.wizard;

import org.dearmp.i18n.Messages;

/** The wizard's steps, in order. */
public enum Step {
    POSTCODE, MP, TEMPLATE, LETTER, SEND;

    /** "Your postcode", as the step indicator shows it. */
    public String title() {
        return Messages.get("ui.step." + name().toLowerCase(java.util.Locale.ROOT));
    }

    public int number() {
        return ordinal() + 1;
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public boolean isLast() {
        return ordinal() == values().length - 1;
    }
}
