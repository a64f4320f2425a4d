package org.dearmp.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the history keeps of a letter that went: no words of the writer's, only what it was and when.
 *
 * @param on          the letter's date
 * @param sentAs      on paper or by email
 * @param templateId  the template it was written from
 * @param subject     its subject line, as printed
 * @param ask         the one thing it asked the MP to do, as printed
 * @param followUpOf  the id of the letter it follows up, or null for a first letter
 */
public record LetterSent(LocalDate on, SentAs sentAs, String templateId, String subject, String ask,
                         String followUpOf) {
    public LetterSent {
        Objects.requireNonNull(on, "on");
        sentAs = sentAs == null ? SentAs.POST : sentAs;
        templateId = Objects.requireNonNullElse(templateId, "");
        subject = Objects.requireNonNullElse(subject, "");
        ask = Objects.requireNonNullElse(ask, "");
    }
}
