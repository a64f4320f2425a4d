package org.dearmp.batch.check;

import java.util.Objects;

/**
 * Something wrong with one row, where to find it and what it means.
 *
 * @param column the header of the column at fault, or "" when it is the row as a whole
 */
public record RowIssue(int row, String column, IssueKind kind, String message) {
    public RowIssue {
        Objects.requireNonNull(kind, "kind");
        column = Objects.requireNonNullElse(column, "");
        Objects.requireNonNull(message, "message");
    }
}
