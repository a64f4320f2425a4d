package org.dearmp.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A name and an email address, as in {@code "Llinos Medi MP" <llinos.medi.mp@parliament.uk>}.
 * Line breaks are removed from both, so typed text can never add a header to an email.
 */
public record Mailbox(String name, String address) {

    /** Deliberately loose: one @, something either side, nothing that would break a header or a link. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\]+\\.[^\\s@<>()\\[\\],;:\"\\\\]+");

    public Mailbox {
        name = oneLine(name);
        address = oneLine(address);
        if (!isAddress(address)) {
            throw new IllegalArgumentException("Not an email address: " + address);
        }
    }

    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text.strip()).matches();
    }

    static String oneLine(String text) {
        return Objects.requireNonNullElse(text, "").replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** The domain after the @, e.g. "parliament.uk". */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
