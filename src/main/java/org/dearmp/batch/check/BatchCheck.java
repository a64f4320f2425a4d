package org.dearmp.batch.check;

import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.Supporter;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.input.SupporterReader;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.core.DearMpException;
import org.dearmp.export.UnprintableAdvice;
import org.dearmp.export.pdf.LetterFonts;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.EmailAddress;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;

/**
 * Every row of a supporters file looked up and checked before anything is written, with the
 * organiser's decisions. Nothing is skipped silently: a row with a blocking problem stays
 * {@link CheckedRow.Status#NEEDS_DECISION} until it is fixed, settled, skipped, or a
 * {@link DefaultPolicy} is applied.
 */
public final class BatchCheck {

    private final SupporterFile file;
    private final ColumnMapping mapping;
    private final PostcodeLookup lookup;
    private final Parliament parliament;
    private final Map<Integer, CheckedRow> rows = new LinkedHashMap<>();

    private BatchCheck(SupporterFile file, ColumnMapping mapping, PostcodeLookup lookup, Parliament parliament) {
        this.file = file;
        this.mapping = mapping;
        this.lookup = lookup;
        this.parliament = parliament;
    }

    /** Reads and checks every row; {@code listener} hears about progress and may cancel. */
    public static BatchCheck run(SupporterFile file, ColumnMapping mapping, PostcodeLookup lookup, Parliament parliament,
                                 BatchListener listener) {
        BatchCheck check = new BatchCheck(file, mapping, lookup, parliament);
        try (SupporterReader reader = new SupporterReader(file, mapping)) {
            int done = 0;
            while (reader.hasNext()) {
                Supporter supporter = reader.next();
                check.rows.put(supporter.row(), check.checkRow(supporter));
                if (++done % 500 == 0) {
                    listener.checked(done);
                    if (listener.cancelled()) {
                        throw new BatchCancelledException();
                    }
                }
            }
            listener.checked(done);
        }
        if (check.rows.isEmpty()) {
            throw new DearMpException(Messages.get("batch.check.noSupporters", file.path().getFileName()));
        }
        check.markDuplicates();
        return check;
    }

    public SupporterFile file() {
        return file;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public Parliament parliament() {
        return parliament;
    }

    public List<CheckedRow> rows() {
        return Collections.unmodifiableList(new ArrayList<>(rows.values()));
    }

    public CheckedRow row(int rowNumber) {
        CheckedRow row = rows.get(rowNumber);
        if (row == null) {
            throw new IllegalArgumentException("No supporter on row " + rowNumber);
        }
        return row;
    }

    public int size() {
        return rows.size();
    }

    public long count(CheckedRow.Status status) {
        return rows.values().stream().filter(r -> r.status() == status).count();
    }

    /** Every problem and note, in row order. */
    public List<RowIssue> issues() {
        return rows.values().stream().flatMap(r -> r.issues().stream()).toList();
    }

    public void resolve(int rowNumber, Resolution resolution) {
        CheckedRow row = row(rowNumber);
        CheckedRow updated;
        if (resolution instanceof Resolution.Skip) {
            updated = copy(row, row.constituency(), row.member(), row.chosen(), row.keepDuplicate(), true);
        } else if (resolution instanceof Resolution.Keep) {
            updated = copy(row, row.constituency(), row.member(), row.chosen(), true, false);
        } else {
            String code = ((Resolution.Choose) resolution).constituencyCode();
            Constituency constituency = parliament.constituency(code).orElseThrow(
                    () -> new DearMpException(Messages.get("batch.check.unknownConstituency", code)));
            updated = copy(row, constituency, parliament.member(code).orElse(null), true, row.keepDuplicate(), false);
        }
        rows.put(rowNumber, updated);
    }

    /** Corrects one value of a row (a typo in a postcode, a missing name) and checks the row again. */
    public void fix(int rowNumber, SupporterField field, String value) {
        CheckedRow row = row(rowNumber);
        rows.put(rowNumber, checkRow(row.supporter().withValue(field, value)));
        markDuplicates();
    }

    /** Decides every row still waiting, the same way. */
    public void applyDefault(DefaultPolicy policy) {
        for (CheckedRow row : rows()) {
            if (row.status() != CheckedRow.Status.NEEDS_DECISION) {
                continue;
            }
            boolean onlyChoice = row.issues().stream().filter(i -> i.kind().blocking())
                    .allMatch(i -> i.kind() == IssueKind.NEEDS_CHOICE);
            if (policy == DefaultPolicy.BEST_GUESS && onlyChoice && !row.candidates().isEmpty()) {
                resolve(row.row(), new Resolution.Choose(row.candidates().get(0).constituency().code()));
                if (row(row.row()).status() == CheckedRow.Status.READY) {
                    continue;
                }
            }
            resolve(row.row(), new Resolution.Skip());
        }
    }

    private CheckedRow checkRow(Supporter typed) {
        LookupResult result = lookup.lookup(typed.postcode());
        // Letters and the report show the postcode as the Royal Mail writes it ("ll61 6yy" -> "LL61 6YY").
        Supporter supporter = canonicalPostcode(result).map(p -> typed.withValue(SupporterField.POSTCODE, p.toString()))
                .orElse(typed);
        Constituency constituency = null;
        Member member = null;
        if (result instanceof LookupResult.Found found) {
            constituency = found.constituency();
            member = found.member().orElse(null);
            // The sentence a single lookup prints is never shown for a found row, and a large batch keeps every row.
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

    private CheckedRow copy(CheckedRow row, Constituency constituency, Member member, boolean chosen, boolean keep,
                            boolean skipped) {
        return withIssues(new CheckedRow(row.supporter(), row.lookup(), constituency, member, chosen, row.duplicateOf(),
                keep, skipped, List.of()));
    }

    /** Works out a row's issues from scratch, so they always match its current state. */
    private CheckedRow withIssues(CheckedRow row) {
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
        if (row.duplicateOf() > 0 && !row.keepDuplicate()) {
            issues.add(new RowIssue(s.row(), nameColumn(), IssueKind.DUPLICATE,
                    Messages.get("batch.issue.duplicate", row.duplicateOf())));
        }
        return new CheckedRow(s, row.lookup(), row.constituency(), row.member(), row.chosen(), row.duplicateOf(),
                row.keepDuplicate(), row.skipped(), issues);
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

    /** The same person twice: same name and postcode, or the same email address. The first row wins. */
    private void markDuplicates() {
        Map<String, Integer> firstByKey = new HashMap<>();
        for (CheckedRow row : rows()) {
            Supporter s = row.supporter();
            int duplicateOf = 0;
            String nameKey = s.name().isEmpty() ? null : "n:" + fold(s.name()) + "|" + fold(s.postcode());
            String emailKey = s.email().isEmpty() ? null : "e:" + s.email().toLowerCase(Locale.ROOT);
            for (String key : new String[] {nameKey, emailKey}) {
                if (key != null) {
                    Integer first = firstByKey.putIfAbsent(key, s.row());
                    if (first != null && duplicateOf == 0) {
                        duplicateOf = first;
                    }
                }
            }
            if (duplicateOf != row.duplicateOf()) {
                rows.put(row.row(), withIssues(new CheckedRow(s, row.lookup(), row.constituency(), row.member(),
                        row.chosen(), duplicateOf, row.keepDuplicate(), row.skipped(), List.of())));
            }
        }
    }

    /** "Siân  O'Brien" and "sian o’brien" are the same person. */
    private static String fold(String text) {
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
