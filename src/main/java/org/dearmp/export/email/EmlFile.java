package org.dearmp.export.email;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An email draft as an RFC 5322 / MIME message file (.eml): UTF-8 text, quoted-printable, with
 * encoded-word names and subject, and {@code X-Unsent: 1} so Outlook and others open it as a draft
 * ready to send rather than as a received message.
 */
public final class EmlFile {

    private static final DateTimeFormatter RFC_5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final String CRLF = MimeEncoding.CRLF;

    private EmlFile() {
    }

    /**
     * The message, dated {@code date}, with a Message-ID made from the message itself: the same draft
     * at the same time gives the same file, byte for byte.
     */
    public static byte[] toBytes(EmailDraft draft, ZonedDateTime date) {
        return toBytes(draft, date, messageId(draft, date));
    }

    /** As {@link #toBytes(EmailDraft, ZonedDateTime)} with a given Message-ID (without angle brackets). */
    public static byte[] toBytes(EmailDraft draft, ZonedDateTime date, String messageId) {
        Objects.requireNonNull(date, "date");
        StringBuilder eml = new StringBuilder(draft.body().length() * 11 / 10 + 600);
        header(eml, "MIME-Version", "1.0");
        header(eml, "Date", RFC_5322_DATE.format(date));
        header(eml, "Message-ID", "<" + messageId + ">");
        draft.sender().ifPresent(from -> {
            header(eml, "From", mailbox("From", from));
            header(eml, "Reply-To", mailbox("Reply-To", from));
        });
        header(eml, "To", mailbox("To", draft.to()));
        header(eml, "Subject", MimeEncoding.unstructured("Subject", draft.subject()));
        header(eml, "X-Unsent", "1");
        header(eml, "Content-Type", "text/plain; charset=UTF-8");
        header(eml, "Content-Transfer-Encoding", "quoted-printable");
        header(eml, "Content-Language", draft.language());
        eml.append(CRLF);
        eml.append(MimeEncoding.quotedPrintable(draft.body()));
        if (!draft.body().endsWith("\n")) {
            eml.append(CRLF);
        }
        // Everything above is ASCII by construction; a slip would turn into "?" in a header, so refuse it.
        for (int i = 0; i < eml.length(); i++) {
            if (eml.charAt(i) >= 0x80) {
                throw new IllegalStateException("Non-ASCII character in the email at offset " + i);
            }
        }
        return eml.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A name-based UUID of everything the message says and when, so an ID is as unique as the message
     * is (a new draft or a new second gives a new one) and never depends on a random number.
     */
    static String messageId(EmailDraft draft, ZonedDateTime date) {
        String domain = draft.sender().map(Mailbox::domain).orElse("dear-mp.invalid");
        String content = String.join("\n", RFC_5322_DATE.format(date), draft.sender().map(Mailbox::toString).orElse(""),
                draft.to().toString(), draft.subject(), draft.body());
        return UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8)) + "@" + domain;
    }

    private static String mailbox(String headerName, Mailbox mailbox) {
        return mailbox.name().isEmpty() ? mailbox.address()
                : MimeEncoding.displayName(headerName.length() + 2, mailbox.name()) + " <" + mailbox.address() + ">";
    }

    private static void header(StringBuilder eml, String name, String value) {
        String line = name + ": " + value;
        int lastLineLength = line.length() - (line.lastIndexOf('\n') + 1);
        if (lastLineLength > 78 && line.contains(" <")) {
            // Fold before the address rather than let a long encoded name overrun the line.
            int at = line.lastIndexOf(" <");
            line = line.substring(0, at) + CRLF + line.substring(at);
        }
        eml.append(line).append(CRLF);
    }
}
