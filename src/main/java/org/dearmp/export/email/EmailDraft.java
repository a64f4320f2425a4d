package org.dearmp.export.email;

import java.util.Objects;
import java.util.Optional;

/**
 * An email ready to open in a mail app: to the MP, from the writer (when they gave an address),
 * with the letter as plain text. Build one from a letter with {@link EmailExporter#draft}.
 *
 * @param from null when the writer gave no email address: the mail app fills in its own account
 */
public record EmailDraft(Mailbox to, Mailbox from, String subject, String body) {
    public EmailDraft {
        Objects.requireNonNull(to, "to");
        subject = Mailbox.oneLine(subject);
        body = Objects.requireNonNullElse(body, "").replace("\r\n", "\n").replace('\r', '\n');
    }

    public Optional<Mailbox> sender() {
        return Optional.ofNullable(from);
    }
}
