package org.dearmp.ui.batch;

import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.i18n.Messages;

/** What has been decided for a problem's row, in words for the table's Decision column. */
final class DecisionWords {
    private DecisionWords() {
    }

    static String of(BatchCheck check, IssueItem item) {
        CheckedRow row = check.row(item.rowNumber());
        if (row.status() == CheckedRow.Status.SKIPPED) {
            return Messages.get("ui.batch.decision.skipped");
        }
        boolean stillThere = row.issues().stream().anyMatch(i -> i.kind() == item.issue().kind());
        if (stillThere) {
            return item.blocking() && row.status() == CheckedRow.Status.NEEDS_DECISION
                    ? Messages.get("ui.batch.decision.waiting")
                    : item.blocking() ? Messages.get("ui.batch.decision.settled") : Messages.get("ui.batch.decision.note");
        }
        if (row.status() == CheckedRow.Status.NEEDS_DECISION) {
            return Messages.get("ui.batch.decision.waiting");
        }
        return row.chosen() ? Messages.get("ui.batch.decision.sentTo", row.constituency().name())
                : Messages.get("ui.batch.decision.settled");
    }
}
