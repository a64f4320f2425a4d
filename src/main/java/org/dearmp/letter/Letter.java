package org.dearmp.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A finished letter, ready for any export: PDF, email, plain text.
 *
 * @param ask the one thing it asks the MP to do, as worded in it ("" when not known), for the letter history
 */
public record Letter(Sender sender, Recipient recipient, LocalDate date, String subject, String salutation,
                     List<LetterBlock> body, String signOff, String templateId, String ask) {

    public Letter(Sender sender, Recipient recipient, LocalDate date, String subject, String salutation,
                  List<LetterBlock> body, String signOff, String templateId) {
        this(sender, recipient, date, subject, salutation, body, signOff, templateId, "");
    }

    public Letter {
        ask = Objects.requireNonNullElse(ask, "");
        Objects.requireNonNull(sender);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(date);
        subject = Objects.requireNonNullElse(subject, "");
        body = List.copyOf(body);
    }
}
