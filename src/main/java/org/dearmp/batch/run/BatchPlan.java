package org.dearmp.batch.run;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.input.Supporter;
import org.dearmp.core.DearMpException;
import org.dearmp.export.ExportFileNames;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;

/**
 * The letters a run will write, in print order (constituency, then surname), each with its file
 * name. Deterministic: the same file, check and decisions always give the same plan and the same hash,
 * which is how a resumed run knows it is finishing the same job.
 *
 * <p>The plan holds no supporter: it knows how many letters go to each seat, and hands the letters
 * over in groups of whole seats ({@link #forEachGroup}), each group's rows made again from the check. A
 * group is at most {@link #LETTERS_PER_GROUP} letters (or one seat, if a seat has more), so a million
 * rows are written in a heap sized for a few tens of thousands.
 */
public final class BatchPlan {

    /** One letter to write; {@code fileStem} is unique within the run and safe on any file system. */
    public record PlannedLetter(int ordinal, CheckedRow row, String fileStem, int stemNumber) {
        public Supporter supporter() {
            return row.supporter();
        }
    }

    private final BatchCheck check;
    private final Map<String, Integer> rankByCode;
    private final List<int[]> groups;
    private final int letters;
    private final int skipped;
    private final String hash;
    private final String templateId;
    private final String senderOrg;
    /** Made only for a folder whose fingerprint is not this version's: a pass over the rows with problems. */
    private String formerHash;

    private BatchPlan(BatchCheck check, Map<String, Integer> rankByCode, List<int[]> groups, int letters, int skipped,
                      String hash, String templateId, String senderOrg) {
        this.check = check;
        this.rankByCode = rankByCode;
        this.groups = groups;
        this.letters = letters;
        this.skipped = skipped;
        this.hash = hash;
        this.templateId = templateId;
        this.senderOrg = senderOrg;
    }

    /**
     * How many letters a group holds, unless one seat has more: about 30 MB of rows in memory, and a
     * print file (one per group) that any PDF reader and printer can take. A constant, so the same plan
     * makes the same print files whatever the heap.
     */
    public static final int LETTERS_PER_GROUP = 20_000;

    public static BatchPlan of(BatchCheck check, String templateId, String senderOrg) {
        return of(check, templateId, senderOrg, LETTERS_PER_GROUP);
    }

    static BatchPlan of(BatchCheck check, String templateId, String senderOrg, int lettersPerGroup) {
        long waiting = check.count(CheckedRow.Status.NEEDS_DECISION);
        if (waiting > 0) {
            throw new DearMpException(Messages.get("batch.plan.undecided", waiting));
        }
        Map<String, Constituency> seats = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < check.size(); i++) {
            if (check.statusAt(i) == CheckedRow.Status.READY) {
                Constituency seat = check.seatAt(i);
                seats.putIfAbsent(seat.code(), seat);
                letters++;
            }
        }
        Map<String, Integer> rankByCode = seatRanks(seats.values());
        int[] lettersByRank = new int[rankByCode.size()];
        for (int i = 0; i < check.size(); i++) {
            if (check.statusAt(i) == CheckedRow.Status.READY) {
                lettersByRank[rankByCode.get(check.seatAt(i).code())]++;
            }
        }
        return new BatchPlan(check, rankByCode, groups(lettersByRank, lettersPerGroup), letters, check.size() - letters,
                PlanFingerprint.of(check, templateId, senderOrg), templateId, senderOrg);
    }

    /** Seats in the order a UK reader sorts their names (accents and case second), then by code. */
    private static Map<String, Integer> seatRanks(java.util.Collection<Constituency> seats) {
        Collator collator = collator();
        List<Constituency> sorted = new ArrayList<>(seats);
        Map<String, CollationKey> keys = new HashMap<>();
        sorted.forEach(s -> keys.put(s.code(), collator.getCollationKey(s.name())));
        sorted.sort(Comparator.<Constituency, CollationKey>comparing(s -> keys.get(s.code())).thenComparing(Constituency::code));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i).code(), i);
        }
        return ranks;
    }

    /** Runs of whole seats, in rank order, of at most {@code limit} letters unless one seat alone has more. */
    private static List<int[]> groups(int[] lettersByRank, int limit) {
        List<int[]> groups = new ArrayList<>();
        int from = 0;
        int inGroup = 0;
        for (int rank = 0; rank < lettersByRank.length; rank++) {
            if (inGroup > 0 && inGroup + lettersByRank[rank] > limit) {
                groups.add(new int[] {from, rank});
                from = rank;
                inGroup = 0;
            }
            inGroup += lettersByRank[rank];
        }
        if (inGroup > 0) {
            groups.add(new int[] {from, lettersByRank.length});
        }
        return groups;
    }

    public int letterCount() {
        return letters;
    }

    public int skippedCount() {
        return skipped;
    }

    /** How many groups (and print files) the letters come in. */
    public int groupCount() {
        return groups.size();
    }

    /** The job's identity ({@link PlanFingerprint}): the same whatever the interface language. */
    public String hash() {
        return hash;
    }

    /**
     * Whether a folder's manifest fingerprint is this plan's: this version's, or the one an earlier
     * version wrote for it (worded in the language it ran in), worked out only when asked.
     */
    public boolean isFingerprintOf(String planHash) {
        if (hash.equals(planHash)) {
            return true;
        }
        if (formerHash == null) {
            formerHash = PlanFingerprint.former(check, templateId, senderOrg);
        }
        return formerHash.equals(planHash);
    }

    public BatchCheck check() {
        return check;
    }

    /**
     * Hands over the letters in print order, a group of whole seats at a time, each group read from the
     * file in one pass. The file names are handed out in the same order every time, so every pass over
     * the plan names every letter the same way.
     */
    public void forEachGroup(Consumer<List<PlannedLetter>> consumer) {
        UniqueStems stems = new UniqueStems();
        for (int[] group : groups) {
            List<PlannedLetter> rows = new ArrayList<>();
            check.forEachRow(i -> check.statusAt(i) == CheckedRow.Status.READY && inGroup(check.seatAt(i), group),
                    (i, row) -> rows.add(new PlannedLetter(i, row, "", 0)));
            List<PlannedLetter> named = new ArrayList<>(rows.size());
            for (PlannedLetter letter : inPrintOrder(rows)) {
                String base = stemBase(letter.row());
                int number = stems.claim(base);
                named.add(new PlannedLetter(letter.ordinal(), letter.row(), UniqueStems.stem(base, number), number));
            }
            consumer.accept(named);
        }
    }

    /** Every letter in print order, in memory: for small batches and tests. */
    public List<PlannedLetter> letters() {
        List<PlannedLetter> all = new ArrayList<>(letters);
        forEachGroup(all::addAll);
        return all;
    }

    /** A letter's file name, given the number {@link #forEachGroup} handed out for it. */
    public static String fileStem(CheckedRow row, int stemNumber) {
        return UniqueStems.stem(stemBase(row), stemNumber);
    }

    private static String stemBase(CheckedRow row) {
        String stem = ExportFileNames.readable(row.supporter().name() + " - " + row.constituency().name());
        return stem.isEmpty() ? ExportFileNames.readable(Messages.get("batch.file.rowFallback", row.row())) : stem;
    }

    private boolean inGroup(Constituency seat, int[] group) {
        int rank = rankByCode.get(seat.code());
        return rank >= group[0] && rank < group[1];
    }

    /**
     * Seat, then surname, then name, as a UK reader sorts them (accents and case second), then row. Each
     * text's collation key is made once: a collator comparing strings afresh on every one of a sort's
     * n·log n comparisons was half the cost of planning a large batch.
     */
    private List<PlannedLetter> inPrintOrder(List<PlannedLetter> rows) {
        Collator collator = collator();
        List<SortKey> keys = new ArrayList<>(rows.size());
        for (PlannedLetter letter : rows) {
            Supporter s = letter.supporter();
            keys.add(new SortKey(rankByCode.get(letter.row().constituency().code()),
                    collator.getCollationKey(s.surname()), collator.getCollationKey(s.name()), letter));
        }
        keys.sort(null);
        List<PlannedLetter> sorted = new ArrayList<>(keys.size());
        keys.forEach(k -> sorted.add(k.letter()));
        return sorted;
    }

    private record SortKey(int seat, CollationKey surname, CollationKey name, PlannedLetter letter)
            implements Comparable<SortKey> {
        @Override
        public int compareTo(SortKey other) {
            int c = Integer.compare(seat, other.seat);
            if (c == 0) {
                c = surname.compareTo(other.surname);
            }
            if (c == 0) {
                c = name.compareTo(other.name);
            }
            return c != 0 ? c : Integer.compare(letter.row().row(), other.letter.row().row());
        }
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

}
