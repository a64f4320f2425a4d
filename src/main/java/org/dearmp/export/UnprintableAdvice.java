package org.dearmp.export;

import org.dearmp.i18n.Messages;

/**
 * What to tell someone whose letter holds characters no font on this computer has. The advice is written
 * once ({@code letter.unprintable}); each place fills in what it means there and the way out it offers.
 */
public enum UnprintableAdvice {
    /** While the letter is being written: nothing is refused yet. */
    WRITING("writing"),
    /** The PDF export refused the letter. */
    PDF("pdf"),
    /** {@code dear-mp letter --format pdf} refused the letter. */
    COMMAND_LINE("commandLine"),
    /** A supporter's row in a batch. */
    BATCH_ROW("batchRow");

    private final String key;

    UnprintableAdvice(String key) {
        this.key = key;
    }

    /** Where the advice is given, as its bundle keys name it ({@code letter.unprintable.<key>.means}). */
    public String key() {
        return key;
    }

    /** @param characters the characters, as {@code LetterFonts#unprintable} names them */
    public String text(String characters) {
        return Messages.get("letter.unprintable", characters, Messages.get("letter.unprintable." + key + ".means"),
                Messages.get("letter.unprintable." + key + ".otherwise"));
    }
}
