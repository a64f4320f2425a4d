package org.dearmp.letter;

import java.time.LocalDate;
import java.util.Objects;

/** The letter a follow-up follows up: what the follow-up names of it ("my letter of 1 December about ..."). */
public record FirstLetter(LocalDate date, String subject, String ask) {
    public FirstLetter {
        Objects.requireNonNull(date, "date");
        subject = Objects.requireNonNullElse(subject, "");
        ask = Objects.requireNonNullElse(ask, "");
    }
}
