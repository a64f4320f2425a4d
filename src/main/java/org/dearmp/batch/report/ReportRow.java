package org.dearmp.batch.report;

import java.util.Objects;

/**
 * One line of the run's report: what happened to one supporter's row.
 *
 * @param originality share of the letter in the supporter's own words, 0..1, or -1 when no letter was made
 * @param nearCopyOf  the row whose words this row's nearly copy, or 0
 * @param supporterEmail the supporter's own email, so an organiser's replies file can name the row by it
 */
public record ReportRow(int row, String supporter, String postcode, String constituency, String mp, String mpEmail,
                        String files, Outcome outcome, String reason, double originality, int nearCopyOf,
                        double nearCopySimilarity, String supporterEmail) {

    public enum Outcome { WRITTEN, PDF_ONLY, SKIPPED, NOT_WRITTEN }

    public ReportRow {
        Objects.requireNonNull(outcome, "outcome");
        supporter = Objects.requireNonNullElse(supporter, "");
        postcode = Objects.requireNonNullElse(postcode, "");
        constituency = Objects.requireNonNullElse(constituency, "");
        mp = Objects.requireNonNullElse(mp, "");
        mpEmail = Objects.requireNonNullElse(mpEmail, "");
        files = Objects.requireNonNullElse(files, "");
        reason = Objects.requireNonNullElse(reason, "");
        supporterEmail = Objects.requireNonNullElse(supporterEmail, "");
    }

    /** A line without the supporter's email. */
    public ReportRow(int row, String supporter, String postcode, String constituency, String mp, String mpEmail,
                     String files, Outcome outcome, String reason, double originality, int nearCopyOf,
                     double nearCopySimilarity) {
        this(row, supporter, postcode, constituency, mp, mpEmail, files, outcome, reason, originality, nearCopyOf,
                nearCopySimilarity, "");
    }

    public ReportRow withNearCopy(int ofRow, double similarity) {
        return new ReportRow(row, supporter, postcode, constituency, mp, mpEmail, files, outcome, reason, originality,
                ofRow, similarity, supporterEmail);
    }
}
