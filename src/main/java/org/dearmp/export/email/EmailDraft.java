package org.dearmp.export.email;

import java.util.Objects;
import java.util.Optional;

/**
 * An email ready to open in a mail app: to the MP, from the writer (when they gave an address),
 * with the letter as plain text. Build one from a letter with {@link EmailExporter#draft}.
 *
 * @param from     null when the writer gave no email address: the mail app fills in its own account
 * @param language the letter's language as a BCP 47 tag for Content-Language ("en-GB", "cy-GB")
 */
public record EmailDraft(Mailbox to, Mailbox from, String subject, String body, String language) {

    /** An email in British English. */
    public EmailDraft(Mailbox to, Mailbox from, String subject, String body) {
        this(to, from, subject, body, "en-GB");
    }

    public EmailDraft {
        language = language == null || !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? "en-GB" : language;
        Objects.requireNonNull(to, "to");
        subject = Mailbox.oneLine(subject);
        body = Objects.requireNonNullElse(body, "").replace("\r\n", "\n").replace('\r', '\n');
    }

    public Optional<Mailbox> sender() {
        return Optional.ofNullable(from);
    }
}
