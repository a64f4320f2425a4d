package org.dearmp.ui.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dearmp.parliament.MpChange;
import org.dearmp.parliament.Parliament;

/**
 * A newer MP list, imported and in use: the list, the lookup over it, and the seats whose MP or party changed.
 *
 * @param previousAsOf the date of the list used before, to say what the changes are measured from
 */
public record MpListUpdate(Parliament parliament, PostcodeLookup lookup, LocalDate previousAsOf,
                           List<MpChange> changes) {
    public MpListUpdate {
        Objects.requireNonNull(parliament, "parliament");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(previousAsOf, "previousAsOf");
        changes = List.copyOf(changes);
    }
}
