package org.dearmp.ui.batch;

import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.check.RowIssue;

/** A line of the check report as the table shows it: the issue and what has been decided for its row. */
public record IssueItem(RowIssue issue, CheckedRow row) {

    public int rowNumber() {
        return issue.row();
    }

    public String column() {
        return issue.column();
    }

    public String problem() {
        return issue.message();
    }

    public boolean blocking() {
        return issue.kind().blocking();
    }
}
