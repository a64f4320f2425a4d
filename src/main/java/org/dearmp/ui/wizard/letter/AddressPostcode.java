package org.dearmp.ui.wizard.letter;

import org.dearmp.i18n.Messages;
import org.dearmp.postcode.ParsedPostcode;
import org.dearmp.postcode.PostcodeParser;
import org.dearmp.postcode.PostcodeStart;

/**
 * The postcode of the writer's address, as the letter step judges it: empty is allowed (some writers
 * give none), a whole valid postcode is used, and anything else (half typed, or no postcode at all) is
 * said at the field and kept out of the letter until it is put right.
 */
final class AddressPostcode {
    private AddressPostcode() {
    }

    /** Why the typed postcode cannot go in the letter, or empty when it can (or is empty). */
    static String error(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || PostcodeParser.parse(text) instanceof ParsedPostcode.Valid) {
            return "";
        }
        if (PostcodeStart.check(text) == PostcodeStart.Verdict.UNFINISHED) {
            return Messages.get("ui.letter.postcodeUnfinished", text);
        }
        ParsedPostcode parsed = PostcodeParser.parse(text);
        String why = PostcodeStart.check(text) == PostcodeStart.Verdict.IMPOSSIBLE ? PostcodeStart.whyNot(text)
                : ((ParsedPostcode.Invalid) parsed).message();
        return Messages.get("ui.letter.postcodeInvalid", why);
    }
}
