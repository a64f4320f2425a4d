package org.dearmp.batch.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.Supporter;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.input.SupporterReader;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Parliament;
import org.dearmp.store.FileProblems;

/**
 * Every row of a supporters file looked up and checked before anything is written, with the
 * organiser's decisions. Nothing is skipped silently: a row with a blocking problem stays
 * {@link CheckedRow.Status#NEEDS_DECISION} until it is fixed, settled, skipped, or a
 * {@link DefaultPolicy} is applied.
 *
 * <p>Memory is bounded by the rows that have something to say, not by the file: a row with no issue
 * keeps a few bytes ({@link RowStates}) and is made again, the same way, from the rows as read
 * ({@link SpilledRows}) when it is needed ({@link #forEachRow}); rows with an issue, a decision or a
 * correction are kept whole. Close the check when done with it: that deletes its copy of the rows.
 */
public final class BatchCheck implements AutoCloseable {

    private final SupporterFile file;
    private final ColumnMapping mapping;
    private final Parliament parliament;
    private final RowChecker checker;
    private final List<Constituency> seats;
    private final Map<String, Integer> seatIndex = new HashMap<>();
    private final RowStates states = new RowStates();
    /** Rows with an issue or a decision, by row number; a corrected row also keeps its corrected values. */
    private final TreeMap<Integer, CheckedRow> kept = new TreeMap<>();
    private final Set<Integer> corrected = new HashSet<>();
    private final SpilledRows spill;
    private byte[] rowsDigest;

    private BatchCheck(SupporterFile file, ColumnMapping mapping, PostcodeLookup lookup, Parliament parliament) {
        this.file = file;
        this.mapping = mapping;
        this.parliament = parliament;
        this.checker = new RowChecker(mapping, lookup);
        try {
            this.spill = new SpilledRows(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.check.noTempSpace", FileProblems.why(e)), e);
        }
        this.seats = List.copyOf(parliament.constituencies());
        for (int i = 0; i < seats.size(); i++) {
            seatIndex.put(seats.get(i).code(), i);
        }
    }

    /** Reads and checks every row; {@code listener} hears about progress and may cancel. */
    public static BatchCheck run(SupporterFile file, ColumnMapping mapping, PostcodeLookup lookup, Parliament parliament,
                                 BatchListener listener) {
        BatchCheck check = new BatchCheck(file, mapping, lookup, parliament);
        try {
            check.readAll(listener);
            return check;
        } catch (RuntimeException | Error e) {
            check.close();
            throw e;
        }
    }

    private void readAll(BatchListener listener) {
        BatchCheck check = this;
        RowStates.FirstRowByKey firstRows = new RowStates.FirstRowByKey(1024);
        try (SupporterReader reader = new SupporterReader(file, mapping)) {
            int done = 0;
            while (reader.hasNext()) {
                Supporter typed = reader.next();
                spill.add(typed);
                CheckedRow row = check.checker.check(typed);
                long nameKey = RowChecker.nameKey(row.supporter());
                long emailKey = RowChecker.emailKey(row.supporter());
                int ordinal = check.states.add(row.row(), nameKey, emailKey);
                // Rows come in file order and the first row wins, so a duplicate is known as soon as it is read.
                int duplicateOf = firstRows.duplicateOf(nameKey, emailKey, row.row());
                if (duplicateOf > 0) {
                    row = check.checker.withIssues(withDuplicate(row, duplicateOf));
                }
                check.store(ordinal, row);
                if (++done % 500 == 0) {
                    listener.checked(done);
                    if (listener.cancelled()) {
                        throw new BatchCancelledException();
                    }
                }
            }
            listener.checked(done);
        }
        if (states.size() == 0) {
            throw new DearMpException(Messages.get("batch.check.noSupporters", file.path().getFileName()));
        }
        rowsDigest = spill.seal();
    }

    /** Deletes the check's copy of the rows; the check cannot make rows again after this. */
    @Override
    public void close() {
        spill.close();
    }

    /** The check's copy of the rows, for tests. */
    Path spillFile() {
        return spill.path();
    }

    /** A digest of every row as read: with the decisions, it tells one job from another. */
    public String rowsDigest() {
        return java.util.HexFormat.of().formatHex(rowsDigest);
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

    /** How many supporters the file has (blank rows are not counted). */
    public int size() {
        return states.size();
    }

    public long count(CheckedRow.Status status) {
        long n = 0;
        for (int i = 0; i < states.size(); i++) {
            n += states.status(i) == status ? 1 : 0;
        }
        return n;
    }

    /** The row number of the supporter at this place in the file (0 is the first supporter). */
    public int rowNumberAt(int ordinal) {
        return states.rowNumber(ordinal);
    }

    public CheckedRow.Status statusAt(int ordinal) {
        return states.status(ordinal);
    }

    /** Where the supporter's letter goes, or null when no seat is known yet. */
    public Constituency seatAt(int ordinal) {
        int seat = states.seat(ordinal);
        return seat < 0 ? null : seats.get(seat);
    }

    /** The rows that have an issue or a decision, in row order: what the organiser is shown. */
    public List<CheckedRow> notedRows() {
        return List.copyOf(kept.values());
    }

    /** Every problem and note, in row order. */
    public List<RowIssue> issues() {
        return kept.values().stream().flatMap(r -> r.issues().stream()).toList();
    }

    /** One row as it stands. A row with no issue is made again from the file, which is read up to it. */
    public CheckedRow row(int rowNumber) {
        CheckedRow row = kept.get(rowNumber);
        if (row != null) {
            return row;
        }
        int ordinal = states.ordinalOf(rowNumber);
        if (ordinal < 0) {
            throw new IllegalArgumentException("No supporter on row " + rowNumber);
        }
        CheckedRow[] found = new CheckedRow[1];
        forEachRow(i -> i == ordinal, (i, r) -> found[0] = r);
        return found[0];
    }

    /** Every row, read again from the file: for small files and tests, since it holds them all. */
    public List<CheckedRow> rows() {
        List<CheckedRow> all = new ArrayList<>(states.size());
        forEachRow(i -> true, (i, row) -> all.add(row));
        return Collections.unmodifiableList(all);
    }

    /** Which rows {@link #forEachRow} makes, by ordinal. */
    @FunctionalInterface
    public interface OrdinalFilter {
        boolean wanted(int ordinal);
    }

    /** Receives a row made again, with its ordinal. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(int ordinal, CheckedRow row);
    }

    /**
     * Reads the file once and hands over, in file order, each wanted row as it stands now: its issues,
     * the organiser's decisions and corrections included. Only the wanted rows are made.
     */
    public void forEachRow(OrdinalFilter wanted, RowConsumer consumer) {
        for (int ordinal = 0; ordinal < states.size(); ordinal++) {
            if (wanted.wanted(ordinal)) {
                CheckedRow row = kept.get(states.rowNumber(ordinal));
                consumer.accept(ordinal, row != null ? row : checker.check(spill.get(ordinal)));
            }
        }
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
        store(states.ordinalOf(rowNumber), updated);
    }

    /** Corrects one value of a row (a typo in a postcode, a missing name) and checks the row again. */
    public void fix(int rowNumber, SupporterField field, String value) {
        CheckedRow row = row(rowNumber);
        CheckedRow fixed = checker.check(row.supporter().withValue(field, value));
        int ordinal = states.ordinalOf(rowNumber);
        states.setKeys(ordinal, RowChecker.nameKey(fixed.supporter()), RowChecker.emailKey(fixed.supporter()));
        corrected.add(rowNumber);
        store(ordinal, fixed);
        markDuplicates();
    }

    /** Decides every row still waiting, the same way. */
    public void applyDefault(DefaultPolicy policy) {
        for (CheckedRow row : notedRows()) {
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

    /** A row is kept whole when it says something the file alone cannot give back. */
    private void store(int ordinal, CheckedRow row) {
        int seat = row.constituency() == null ? -1 : seatIndex.getOrDefault(row.constituency().code(), -1);
        states.set(ordinal, seat, row);
        boolean decided = row.chosen() || row.skipped() || row.keepDuplicate() || corrected.contains(row.row());
        if (decided || !row.issues().isEmpty()) {
            kept.put(row.row(), row);
        } else {
            kept.remove(row.row());
        }
    }

    private CheckedRow copy(CheckedRow row, Constituency constituency, org.dearmp.parliament.Member member,
                            boolean chosen, boolean keep, boolean skipped) {
        return checker.withIssues(new CheckedRow(row.supporter(), row.lookup(), constituency, member, chosen,
                row.duplicateOf(), keep, skipped, List.of()));
    }

    private static CheckedRow withDuplicate(CheckedRow row, int duplicateOf) {
        return new CheckedRow(row.supporter(), row.lookup(), row.constituency(), row.member(), row.chosen(), duplicateOf,
                row.keepDuplicate(), row.skipped(), List.of());
    }

    /** After a correction: the same person twice, worked out again for every row from the keys. */
    private void markDuplicates() {
        int[] duplicates = states.duplicates();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < duplicates.length; i++) {
            if (duplicates[i] != states.duplicateOf(i)) {
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Set<Integer> wanted = new HashSet<>(changed);
        forEachRow(wanted::contains, (i, row) -> store(i, checker.withIssues(withDuplicate(row, duplicates[i]))));
    }
}
