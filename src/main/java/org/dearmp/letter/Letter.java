package org.dearmp.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dearmp.i18n.Language;

/**
 * A finished letter, ready for any export: PDF, email, plain text.
 *
 * @param language what the letter is written in (its template's language): the words the exports add around
 *                 it, such as the date and page numbers, are in it too
 * @param ask      the one thing it asks the MP to do, as worded in it ("" when not known), for the letter history
 */
public record Letter(Sender sender, Recipient recipient, LocalDate date, String subject, String salutation,
                     List<LetterBlock> body, String signOff, String templateId, Language language,
                     String ask) {
    public Letter {
        Objects.requireNonNull(sender);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(date);
        subject = Objects.requireNonNullElse(subject, "");
        body = List.copyOf(body);
        language = Objects.requireNonNullElse(language, Language.ENGLISH);
        ask = Objects.requireNonNullElse(ask, "");
    }

    /** A letter in {@code language} whose ask is not known. */
    public Letter(Sender sender, Recipient recipient, LocalDate date, String subject, String salutation,
                  List<LetterBlock> body, String signOff, String templateId, Language language) {
        this(sender, recipient, date, subject, salutation, body, signOff, templateId, language, "");
    }

    /** A letter in English. */
    public Letter(Sender sender, Recipient recipient, LocalDate date, String subject, String salutation,
                  List<LetterBlock> body, String signOff, String templateId) {
        this(sender, recipient, date, subject, salutation, body, signOff, templateId, Language.ENGLISH);
    }

    /** The words the exports add around the letter, in its language. */
    public LetterWords words() {
        return LetterWords.of(language);
    }
}
