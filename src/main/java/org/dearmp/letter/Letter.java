package org.dearmp.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A finished letter, ready for any export: PDF, email, plain text. */
public record Letter(Sender sender, Recipient recipient, LocalDate date, String subject, String salutation,
                     List<LetterBlock> body, String signOff, String templateId) {
    public Letter {
        Objects.requireNonNull(sender);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(date);
        subject = Objects.requireNonNullElse(subject, "");
        body = List.copyOf(body);
    }
}
