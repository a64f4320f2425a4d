package org.dearmp.export.email;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.dearmp.i18n.Messages;

/**
 * A {@code mailto:} link (RFC 6068) that opens the writer's mail app with the letter filled in. Some
 * systems cut long links short (Windows passes at most about 2,000 characters to a mail app), so a
 * link longer than {@link #DEFAULT_LIMIT} is refused and the caller should offer the .eml instead.
 */
public sealed interface MailtoLink {

    int DEFAULT_LIMIT = 1800;

    /** The link fits: open it. */
    record Ready(URI uri) implements MailtoLink {
    }

    /** Too long for a link; use an .eml file. */
    record TooLong(int length, int limit) implements MailtoLink {
        public String message() {
            return Messages.get("export.mailto.tooLong", length, limit);
        }
    }

    static MailtoLink of(EmailDraft draft) {
        return of(draft, DEFAULT_LIMIT);
    }

    static MailtoLink of(EmailDraft draft, int limit) {
        String link = "mailto:" + encode(draft.to().address(), true)
                + "?subject=" + encode(draft.subject(), false)
                + "&body=" + encode(draft.body().replace("\n", "\r\n"), false);
        return link.length() > limit ? new TooLong(link.length(), limit) : new Ready(URI.create(link));
    }

    /**
     * Percent-encodes UTF-8 bytes. Only unreserved characters (and "@" in the address) are left as
     * they are, which RFC 6068 allows everywhere and every mail app understands.
     */
    static String encode(String text, boolean address) {
        StringBuilder out = new StringBuilder(text.length() * 3 / 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || (address && c == '@')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
