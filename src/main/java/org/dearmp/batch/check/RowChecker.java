package org.dearmp.batch.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.Supporter;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.export.UnprintableAdvice;
import org.dearmp.export.pdf.LetterFonts;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.EmailAddress;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;

/**
 * One row's lookup and issues, worked out from the row alone: the same supporter with the same
 * decisions always gives the same {@link CheckedRow}, which is what lets {@link BatchCheck} keep only a
 * few bytes for a row without issues and make the row again when its letter is written.
 */
final class RowChecker {

    private final ColumnMapping mapping;
    private final PostcodeLookup lookup;

    RowChecker(ColumnMapping mapping, PostcodeLookup lookup) {
        this.mapping = mapping;
        this.lookup = lookup;
    }

    CheckedRow check(Supporter typed) {
        LookupResult result = lookup.lookup(typed.postcode());
        // Letters and the report show the postcode as the Royal Mail writes it ("ll61 6yy" -> "LL61 6YY").
        Supporter supporter = canonicalPostcode(result).map(p -> typed.withValue(SupporterField.POSTCODE, p.toString()))
                .orElse(typed);
        Constituency constituency = null;
        Member member = null;
        if (result instanceof LookupResult.Found found) {
            constituency = found.constituency();
            member = found.member().orElse(null);
            // The sentence a single lookup prints is never shown for a found row.
            result = found.withoutMessage();
        }
        return withIssues(new CheckedRow(supporter, result, constituency, member, false, 0, false, false, List.of()));
    }

    private static Optional<org.dearmp.postcode.Postcode> canonicalPostcode(LookupResult result) {
        if (result instanceof LookupResult.Found found) {
            return Optional.of(found.postcode());
        }
        if (result instanceof LookupResult.Choose choose) {
            return Optional.of(choose.postcode());
        }
        if (result instanceof LookupResult.NoLocation none) {
            return Optional.ofNullable(none.postcode());
        }
        if (result instanceof LookupResult.NotRepresented elsewhere) {
            return Optional.ofNullable(elsewhere.postcode());
        }
        return Optional.empty();
    }

    /** Works out a row's issues from scratch, so they always match its current state. */
    CheckedRow withIssues(CheckedRow row) {
        Supporter s = row.supporter();
        List<RowIssue> issues = new ArrayList<>();
        String postcodeColumn = mapping.header(SupporterField.POSTCODE);
        if (s.name().isEmpty()) {
            issues.add(new RowIssue(s.row(), nameColumn(), IssueKind.MISSING_NAME, Messages.get("batch.issue.missingName")));
        }
        if (row.constituency() == null) {
            LookupResult result = row.lookup();
            IssueKind kind = switch (result.status()) {
                case CHOOSE -> IssueKind.NEEDS_CHOICE;
                case INVALID -> IssueKind.INVALID_POSTCODE;
                default -> IssueKind.NO_CONSTITUENCY;
            };
            String message = s.postcode().isEmpty() ? Messages.get("batch.issue.noPostcode")
                    : result instanceof LookupResult.Choose choose ? choice(s.postcode(), choose, row.candidates())
                    : Messages.get("batch.issue." + kind.key(), s.postcode(), result.message());
            issues.add(new RowIssue(s.row(), postcodeColumn, kind, message));
        } else if (row.member() == null) {
            issues.add(new RowIssue(s.row(), postcodeColumn, IssueKind.NO_MP,
                    Messages.get("batch.issue.noMp", row.constituency().name())));
        } else {
            if (!EmailAddress.isValid(row.member().email())) {
                issues.add(new RowIssue(s.row(), postcodeColumn, IssueKind.NO_MP_EMAIL,
                        Messages.get("batch.issue.noMpEmail", row.member().displayName())));
            }
            if (!row.chosen() && row.lookup() instanceof LookupResult.Found found
                    && found.certainty() == LookupResult.Certainty.NEAREST) {
                issues.add(new RowIssue(s.row(), postcodeColumn, IssueKind.NEAREST_POSTCODE,
                        Messages.get("batch.issue.nearestPostcode", s.postcode(), row.constituency().name())));
            }
        }
        unprintable(s).ifPresent(issues::add);
        if (!s.email().isEmpty() && EmailAddress.check(s.email()) instanceof EmailAddress.Invalid invalid) {
            issues.add(new RowIssue(s.row(), mapping.header(SupporterField.EMAIL), IssueKind.INVALID_EMAIL,
                    Messages.get("batch.issue.invalidEmail", s.email(), invalid.reason())));
        }
        if (!s.language().isEmpty() && s.letterLanguage().isEmpty()) {
            issues.add(new RowIssue(s.row(), mapping.header(SupporterField.LANGUAGE), IssueKind.UNKNOWN_LANGUAGE,
                    Messages.get("batch.issue.unknownLanguage", s.language())));
        }
        if (row.duplicateOf() > 0 && !row.keepDuplicate()) {
            issues.add(new RowIssue(s.row(), nameColumn(), IssueKind.DUPLICATE,
                    Messages.get("batch.issue.duplicate", row.duplicateOf())));
        }
        return new CheckedRow(s, row.lookup(), row.constituency(), row.member(), row.chosen(), row.duplicateOf(),
                row.keepDuplicate(), row.skipped(), issues);
    }

    /**
     * A postcode with a choice of seats. The lookup's own sentence speaks of "the constituencies below", a list
     * the one-postcode screens show under it; a report cell or a line of the check has no list below, so the
     * seats are named in the sentence itself, most likely first. Without any seat to name (a Northern Ireland
     * postcode the rough guide has nothing near), the lookup's sentence refers to no list and is kept.
     */
    private static String choice(String typed, LookupResult.Choose choose, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Messages.get("batch.issue.needsChoice", typed, choose.message());
        }
        String seats = candidates.stream().map(c -> c.constituency().name()).collect(Collectors.joining(", "));
        String key = choose.reason() == LookupResult.ChooseReason.NORTHERN_IRELAND ? "batch.issue.needsChoice.ni"
                : "batch.issue.needsChoice.unknown";
        return Messages.get(key, choose.postcode(), seats);
    }

    /**
     * Characters no font on this computer can print (a fallback font prints Chinese, Arabic and the
     * like when one is installed), named at the first column that has any: a problem to settle.
     */
    private Optional<RowIssue> unprintable(Supporter s) {
        LetterFonts fonts = LetterFonts.shared();
        Map<String, String> textByColumn = new LinkedHashMap<>();
        textByColumn.put(nameColumn(), s.name());
        textByColumn.merge(Objects.requireNonNullElse(mapping.header(SupporterField.ADDRESS_1), ""),
                String.join(" ", s.addressLines()) + " " + s.town(), (a, b) -> a + " " + b);
        textByColumn.merge(Objects.requireNonNullElse(mapping.header(SupporterField.MESSAGE), ""), s.message(),
                (a, b) -> a + " " + b);
        textByColumn.merge(mapping.pointColumns().isEmpty() ? "" : mapping.pointColumns().get(0),
                String.join(" ", s.points()), (a, b) -> a + " " + b);
        StringBuilder missing = new StringBuilder();
        String column = null;
        for (Map.Entry<String, String> text : textByColumn.entrySet()) {
            String found = fonts.unprintable(text.getValue());
            if (!found.isEmpty()) {
                missing.append(found);
                column = column == null ? text.getKey() : column;
            }
        }
        if (column == null) {
            return Optional.empty();
        }
        return Optional.of(new RowIssue(s.row(), column, IssueKind.UNPRINTABLE,
                UnprintableAdvice.BATCH_ROW.text(fonts.unprintable(missing.toString()))));
    }

    private String nameColumn() {
        String full = mapping.header(SupporterField.FULL_NAME);
        return full != null ? full : Optional.ofNullable(mapping.header(SupporterField.FIRST_NAME))
                .orElse(Optional.ofNullable(mapping.header(SupporterField.LAST_NAME)).orElse(""));
    }

    /**
     * The keys that make two rows the same person: name and postcode, and the email address; 0 for
     * none. A 64-bit hash of each, so a million rows cost 16 MB rather than a million strings; two
     * different people share one by chance about once in 10^19 pairs.
     */
    static long nameKey(Supporter s) {
        return s.name().isEmpty() ? 0 : org.dearmp.core.TextHash.of("n:" + fold(s.name()) + "|" + fold(s.postcode()));
    }

    static long emailKey(Supporter s) {
        return s.email().isEmpty() ? 0 : org.dearmp.core.TextHash.of("e:" + s.email().toLowerCase(Locale.ROOT));
    }

    /** "Siân  O'Brien" and "sian o’brien" are the same person. */
    static String fold(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            StringBuilder plain = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    plain.append(Character.toLowerCase(c));
                }
            }
            return plain.toString();
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
