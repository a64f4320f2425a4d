package org.dearmp.ui.batch;

import java.util.List;
import java.util.Optional;
import org.dearmp.batch.check.CheckedRow;

/**
 * Where the organiser goes after deciding a row: to the row's own next problem if it still waits
 * (a corrected postcode, but still no name), else the next row down that waits, wrapping round to
 * the top; nowhere once every row is decided.
 */
final class NextUndecided {
    private NextUndecided() {
    }

    static Optional<IssueItem> after(List<IssueItem> items, int decidedRow) {
        Optional<IssueItem> same = items.stream().filter(i -> i.rowNumber() == decidedRow && waiting(i)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        Optional<IssueItem> below = items.stream().filter(i -> i.rowNumber() > decidedRow && waiting(i)).findFirst();
        return below.isPresent() ? below : items.stream().filter(NextUndecided::waiting).findFirst();
    }

    /** The item's problem is still there and still stops its row. */
    static boolean waiting(IssueItem item) {
        return item.blocking() && item.row().status() == CheckedRow.Status.NEEDS_DECISION
                && item.row().hasIssue(item.issue().kind());
    }
}
