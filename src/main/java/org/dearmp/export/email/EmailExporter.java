package org.dearmp.export.email;

import org.dearmp.export.ExportException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.dearmp.letter.EmailAddress;
import org.dearmp.letter.Letter;
import org.dearmp.letter.PlainTextLetter;
import org.dearmp.store.AtomicFiles;

/**
 * A letter as an email to the MP: a draft, an .eml file, or a mailto: link. An MP with no email on
 * record gets {@link ExportException.NoMpEmail}, whose message tells the writer to post the PDF.
 */
public final class EmailExporter {

    private EmailExporter() {
    }

    /**
     * To the MP's email, from the writer's (when they gave one), the subject, the letter as text.
     * Both addresses go through {@link EmailAddress}: an unusable one is refused with a message
     * ({@link EmailAddress.InvalidException}), never dropped or sent half-written.
     */
    public static EmailDraft draft(Letter letter) {
        return new EmailDraft(to(letter), from(letter), letter.subject(), bodyText(letter),
                letter.language().locale().toLanguageTag());
    }

    /** True when the letter can be emailed (the MP has a usable address); otherwise offer the PDF. */
    public static boolean canEmail(Letter letter) {
        return EmailAddress.isValid(letter.recipient().email());
    }

    /**
     * Why the letter cannot be emailed, in words for the user, or empty when it can: no address for
     * the MP, or an address (the MP's or the writer's) that {@link EmailAddress} refuses.
     */
    public static Optional<String> whyNotEmail(Letter letter) {
        try {
            to(letter);
            from(letter);
            return Optional.empty();
        } catch (ExportException.NoMpEmail | EmailAddress.InvalidException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Mailbox to(Letter letter) {
        String mpEmail = letter.recipient().email();
        String mpName = letter.recipient().envelopeName();
        if (mpEmail == null || mpEmail.isBlank()) {
            throw new ExportException.NoMpEmail(mpName);
        }
        return new Mailbox(mpName, EmailAddress.require(mpEmail, "export.email.badMpAddress", mpName));
    }

    /** Null when the writer gave no email: the mail app fills in its own account. */
    private static Mailbox from(Letter letter) {
        String writerEmail = letter.sender().email();
        return writerEmail.isEmpty() ? null
                : new Mailbox(letter.sender().name(), EmailAddress.require(writerEmail, "export.email.badSenderAddress"));
    }

    /** The letter as an .eml, dated now by {@code clock} (its zone is the Date header's). */
    public static byte[] toEml(Letter letter, Clock clock) {
        return EmlFile.toBytes(draft(letter), ZonedDateTime.now(clock));
    }

    /** Writes the .eml atomically. */
    public static void writeEml(Letter letter, Clock clock, Path file) {
        byte[] eml = toEml(letter, clock);
        try {
            AtomicFiles.write(file, eml);
        } catch (IOException e) {
            throw new ExportException.WriteFailed(file, e);
        }
    }

    public static MailtoLink mailto(Letter letter) {
        return MailtoLink.of(draft(letter));
    }

    /** The email body: salutation, letter, sign-off, then the writer's name and address (an MP answers constituents). */
    static String bodyText(Letter letter) {
        return PlainTextLetter.email(letter);
    }
}
