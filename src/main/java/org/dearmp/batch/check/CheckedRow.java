package org.dearmp.batch.check;

import org.dearmp.batch.input.Supporter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;

/**
 * A supporter's row after the check: where their letter goes, what is wrong, and what the
 * organiser decided.
 *
 * @param constituency null until the postcode is found or a choice is made
 * @param member       null for a vacant seat or no constituency
 * @param chosen       true when the organiser (or the default policy) picked the constituency
 * @param duplicateOf  the row this one repeats, or 0
 */
public record CheckedRow(Supporter supporter, LookupResult lookup, Constituency constituency, Member member,
                         boolean chosen, int duplicateOf, boolean keepDuplicate, boolean skipped, List<RowIssue> issues) {

    public enum Status { READY, NEEDS_DECISION, SKIPPED }

    public CheckedRow {
        Objects.requireNonNull(supporter, "supporter");
        Objects.requireNonNull(lookup, "lookup");
        issues = List.copyOf(issues);
    }

    public int row() {
        return supporter.row();
    }

    public Status status() {
        if (skipped) {
            return Status.SKIPPED;
        }
        return issues.stream().anyMatch(i -> i.kind().blocking()) ? Status.NEEDS_DECISION : Status.READY;
    }

    public boolean ready() {
        return status() == Status.READY;
    }

    public Optional<Constituency> constituencyIfKnown() {
        return Optional.ofNullable(constituency);
    }

    public Optional<Member> memberIfKnown() {
        return Optional.ofNullable(member);
    }

    /** The constituencies to offer when a choice is needed, most likely first. */
    public List<Candidate> candidates() {
        if (lookup instanceof LookupResult.Choose choose) {
            return choose.candidates().stream()
                    .sorted((a, b) -> Integer.compare(b.count(), a.count())).toList();
        }
        if (lookup instanceof LookupResult.Found found) {
            return found.alternatives();
        }
        return List.of();
    }

    public boolean hasIssue(IssueKind kind) {
        return issues.stream().anyMatch(i -> i.kind() == kind);
    }

    /** Why the row was skipped or still waits, in words for the report; "" for a ready row. */
    public String reason() {
        return issues.stream().filter(i -> i.kind().blocking()).map(RowIssue::message)
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
