package org.dearmp.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the writer recorded about the MP's reply.
 *
 * @param outcome    one of WriteToThem's five
 * @param on         when it came; null when the writer did not say
 * @param note       the writer's own note, "" for none
 * @param attachment the file name of the reply kept in the data folder's {@code replies/}, or null
 */
public record Reply(Outcome outcome, LocalDate on, String note, String attachment) {
    public Reply {
        Objects.requireNonNull(outcome, "outcome");
        note = Objects.requireNonNullElse(note, "");
    }
}
