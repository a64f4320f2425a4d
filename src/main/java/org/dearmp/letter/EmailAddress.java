package org.dearmp.letter;

import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/**
 * The one check of an email address, used by the letter step, the .eml file, the mailto link, the
 * batch and the command line. A valid address comes back in the form that goes into a header: plain
 * ASCII, with an international domain ("siân@tŷ.cymru" is refused, "sian@tŷ.cymru" becomes
 * "sian@xn--t-1va.cymru", RFC 5890). The part before the @ must be ASCII (an RFC 5322 dot-atom):
 * an address such as "siân@example.org" needs SMTPUTF8 (RFC 6531) at every mail server on the way
 * and a message/global email (RFC 6532), which the MP's mail system and many mail apps do not
 * promise, so it is refused with a message rather than sent to bounce. Quoted local parts
 * ({@code "a b"@example.org}) and IP-literal domains are refused too: nobody types them into a form.
 * The messages never repeat the address, so they are safe to log.
 */
public final class EmailAddress {

    /** RFC 5321 4.5.3.1: 64 octets before the @, 254 in all (a path of 256 less the angle brackets). */
    private static final int LOCAL_MAX = 64;
    private static final int ADDRESS_MAX = 254;
    private static final int DOMAIN_MAX = 253;
    private static final int LABEL_MAX = 63;
    /** RFC 5322 atext, besides letters and digits. */
    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private EmailAddress() {
    }

    /** The outcome of a check: the ASCII form to use, or why the text is not an address. */
    public sealed interface Check {
        boolean valid();
    }

    /** @param ascii the address as it goes into a header or a link */
    public record Valid(String ascii) implements Check {
        @Override
        public boolean valid() {
            return true;
        }
    }

    /** @param reason in words for the user, without the address itself */
    public record Invalid(String reason) implements Check {
        @Override
        public boolean valid() {
            return false;
        }
    }

    /** An address that cannot be used; the message says why in plain words. */
    public static final class InvalidException extends DearMpException {
        public InvalidException(String userMessage) {
            super(userMessage);
        }
    }

    public static boolean isValid(String text) {
        return check(text).valid();
    }

    /** The ASCII form of a valid address, or empty. */
    public static Optional<String> ascii(String text) {
        return check(text) instanceof Valid valid ? Optional.of(valid.ascii()) : Optional.empty();
    }

    /** Checks {@code text} (surrounding spaces ignored); blank text is invalid. */
    public static Check check(String text) {
        String address = text == null ? "" : text.strip();
        if (address.isEmpty()) {
            return invalid("email.invalid.empty");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return invalid("email.invalid.noAt");
        }
        if (address.indexOf('@') != at) {
            return invalid("email.invalid.twoAts");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) {
            return invalid("email.invalid.noLocal");
        }
        Optional<Invalid> badLocal = checkLocal(local);
        if (badLocal.isPresent()) {
            return badLocal.get();
        }
        Optional<String> asciiDomain = asciiDomain(domain);
        if (asciiDomain.isEmpty()) {
            return invalid("email.invalid.domain");
        }
        String ascii = local + "@" + asciiDomain.get();
        if (ascii.length() > ADDRESS_MAX) {
            return invalid("email.invalid.tooLong");
        }
        return new Valid(ascii);
    }

    /**
     * The address in its ASCII form; a blank or invalid one throws, with the message {@code messageKey}
     * filled in with {@code args} and then the reason.
     */
    public static String require(String text, String messageKey, Object... args) {
        Check check = check(text);
        if (check instanceof Invalid invalid) {
            Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
            all[args.length] = invalid.reason();
            throw new InvalidException(Messages.get(messageKey, all));
        }
        return ((Valid) check).ascii();
    }

    private static Optional<Invalid> checkLocal(String local) {
        if (local.length() > LOCAL_MAX) {
            return Optional.of(invalid("email.invalid.localTooLong"));
        }
        if (!local.chars().allMatch(c -> c < 0x80)) {
            return Optional.of(invalid("email.invalid.localNotAscii"));
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of(invalid("email.invalid.dots"));
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAtext(c) && c != '.') {
                return Optional.of(new Invalid(Messages.get("email.invalid.character", describe(c))));
            }
        }
        return Optional.empty();
    }

    private static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ATEXT_SYMBOLS.indexOf(c) >= 0;
    }

    private static String describe(char c) {
        return c == ' ' ? Messages.get("email.invalid.space") : "\u201c" + c + "\u201d";
    }

    /**
     * Domains already converted: a batch checks every supporter's and MP's address, and most share a few
     * domains (IDN conversion was a twentieth of a batch's time). Bounded, so odd input cannot grow it.
     */
    private static final Map<String, Optional<String>> ASCII_DOMAINS = new ConcurrentHashMap<>();
    private static final int ASCII_DOMAINS_KEPT = 4096;

    /** The domain in ASCII (IDNA, STD3 rules: letters, digits and hyphens only), lower case; empty when not a domain. */
    private static Optional<String> asciiDomain(String domain) {
        Optional<String> known = ASCII_DOMAINS.get(domain);
        if (known != null) {
            return known;
        }
        Optional<String> ascii = convert(domain);
        if (ASCII_DOMAINS.size() < ASCII_DOMAINS_KEPT) {
            ASCII_DOMAINS.put(domain, ascii);
        }
        return ascii;
    }

    private static Optional<String> convert(String domain) {
        if (domain.isEmpty() || domain.endsWith(".")) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ascii.isEmpty() || ascii.length() > DOMAIN_MAX || !ascii.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > LABEL_MAX || label.startsWith("-") || label.endsWith("-")
                    || !label.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return Optional.empty();
            }
        }
        // A top-level domain is never all digits: "1.2.3.4" is an IP address, not a domain.
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(ascii);
    }

    private static Invalid invalid(String key) {
        return new Invalid(Messages.get(key));
    }
}
