package org.dearmp.export.email;

import java.util.Objects;
import org.dearmp.letter.EmailAddress;

/**
 * A name and an email address, as in {@code "Llinos Medi MP" <llinos.medi.mp@parliament.uk>}.
 * Line breaks are removed from both, so typed text can never add a header to an email. The address
 * is checked by {@link EmailAddress} and kept in its ASCII form (an international domain as
 * "xn--..."), so it goes into a header or a link as it is.
 */
public record Mailbox(String name, String address) {

    /** @throws EmailAddress.InvalidException when {@code address} is not one, saying why */
    public Mailbox {
        name = oneLine(name);
        address = EmailAddress.require(oneLine(address), "export.email.badAddress");
    }

    public static boolean isAddress(String text) {
        return EmailAddress.isValid(text);
    }

    static String oneLine(String text) {
        return Objects.requireNonNullElse(text, "").replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** The domain after the @, e.g. "parliament.uk". */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
