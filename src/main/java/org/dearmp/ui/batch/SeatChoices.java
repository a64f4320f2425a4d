package org.dearmp.ui.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Parliament;

/**
 * The constituencies offered for a problem row, and which (if any) to suggest: the likeliest seat
 * for a postcode that was read (Northern Ireland, a new postcode, a split sector), none for one that
 * could not be read, because any suggestion would be a guess at random.
 */
final class SeatChoices {
    private SeatChoices() {
    }

    /** The likely seats first, most likely first, then every other seat by name. */
    static List<Constituency> of(IssueItem item, Parliament parliament) {
        List<Constituency> choices = new ArrayList<>();
        item.row().candidates().forEach(c -> choices.add(c.constituency()));
        parliament.constituencies().stream()
                .filter(c -> !choices.contains(c))
                .sorted(Comparator.comparing(Constituency::name))
                .forEach(choices::add);
        return choices;
    }

    /** The seat to show chosen in the list: the likeliest one the postcode's area suggests, or none. */
    static Optional<Constituency> suggested(IssueItem item) {
        if (!canChoose(item) || item.issue().kind() == IssueKind.INVALID_POSTCODE || item.row().candidates().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(item.row().candidates().get(0).constituency());
    }

    /** A seat can be chosen for a row whose postcode gave none, or gave one worth checking. */
    static boolean canChoose(IssueItem item) {
        IssueKind kind = item.issue().kind();
        return kind == IssueKind.NEEDS_CHOICE || kind == IssueKind.NO_CONSTITUENCY || kind == IssueKind.INVALID_POSTCODE
                || kind == IssueKind.NEAREST_POSTCODE;
    }
}
