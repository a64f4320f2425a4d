package org.dearmp.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
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

    /** To the MP's email, from the writer's (when they gave a valid one), the subject, the letter as text. */
    public static EmailDraft draft(Letter letter) {
        String mpEmail = letter.recipient().email();
        if (!Mailbox.isAddress(mpEmail)) {
            throw new ExportException.NoMpEmail(letter.recipient().envelopeName());
        }
        Mailbox to = new Mailbox(letter.recipient().envelopeName(), mpEmail);
        String writerEmail = letter.sender().email();
        Mailbox from = Mailbox.isAddress(writerEmail) ? new Mailbox(letter.sender().name(), writerEmail) : null;
        return new EmailDraft(to, from, letter.subject(), bodyText(letter));
    }

    /** True when the letter can be emailed; otherwise offer the PDF. */
    public static boolean canEmail(Letter letter) {
        return Mailbox.isAddress(letter.recipient().email());
    }

    public static byte[] toEml(Letter letter, ZonedDateTime date) {
        return EmlFile.toBytes(draft(letter), date);
    }

    /** Writes the .eml atomically. */
    public static void writeEml(Letter letter, ZonedDateTime date, Path file) {
        byte[] eml = toEml(letter, date);
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
