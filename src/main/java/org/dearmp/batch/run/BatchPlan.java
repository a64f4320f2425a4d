package org.dearmp.batch.run;

import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.input.Supporter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import org.dearmp.core.DearMpException;
import org.dearmp.export.ExportFileNames;
import org.dearmp.i18n.Messages;

/**
 * The letters a run will write, in print order (constituency, then surname), each with its file
 * name. Deterministic: the same check and decisions always give the same plan and the same hash,
 * which is how a resumed run knows it is finishing the same job.
 */
public record BatchPlan(List<PlannedLetter> letters, List<CheckedRow> skipped, String hash) {

    /** One letter to write; {@code fileStem} is unique within the run and safe on any file system. */
    public record PlannedLetter(CheckedRow row, String fileStem) {
        public Supporter supporter() {
            return row.supporter();
        }
    }

    public BatchPlan {
        letters = List.copyOf(letters);
        skipped = List.copyOf(skipped);
    }

    public static BatchPlan of(BatchCheck check, String templateId, String senderOrg) {
        long waiting = check.count(CheckedRow.Status.NEEDS_DECISION);
        if (waiting > 0) {
            throw new DearMpException(Messages.get("batch.plan.undecided", waiting));
        }
        List<CheckedRow> ready = new ArrayList<>();
        List<CheckedRow> skipped = new ArrayList<>();
        for (CheckedRow row : check.rows()) {
            (row.ready() ? ready : skipped).add(row);
        }
        ready = inPrintOrder(ready);
        ExportFileNames.UniqueNames names = new ExportFileNames.UniqueNames();
        List<PlannedLetter> letters = new ArrayList<>(ready.size());
        MessageDigest digest = sha256();
        update(digest, templateId + "\u0000" + senderOrg);
        for (CheckedRow row : ready) {
            String stem = names.unique(row.supporter().name() + " - " + row.constituency().name(),
                    Messages.get("batch.file.rowFallback", row.row()));
            letters.add(new PlannedLetter(row, stem));
            update(digest, row.row() + "|" + row.constituency().code() + "|" + row.member().memberId() + "|" + stem
                    + "|" + row.supporter());
        }
        return new BatchPlan(letters, skipped, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Constituency, then surname, then name, as a UK reader sorts them (accents and case second), then
     * row. Each text's collation key is made once: a collator comparing strings afresh on every one of a
     * sort's n·log n comparisons was half the cost of planning a large batch.
     */
    private static List<CheckedRow> inPrintOrder(List<CheckedRow> rows) {
        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        Map<String, CollationKey> seatKeys = new HashMap<>();
        List<SortKey> keys = new ArrayList<>(rows.size());
        for (CheckedRow row : rows) {
            keys.add(new SortKey(seatKeys.computeIfAbsent(row.constituency().name(), collator::getCollationKey),
                    collator.getCollationKey(row.supporter().surname()), collator.getCollationKey(row.supporter().name()),
                    row));
        }
        keys.sort(null);
        List<CheckedRow> sorted = new ArrayList<>(keys.size());
        keys.forEach(k -> sorted.add(k.row()));
        return sorted;
    }

    private record SortKey(CollationKey seat, CollationKey surname, CollationKey name, CheckedRow row)
            implements Comparable<SortKey> {
        @Override
        public int compareTo(SortKey other) {
            int c = seat.compareTo(other.seat);
            if (c == 0) {
                c = surname.compareTo(other.surname);
            }
            if (c == 0) {
                c = name.compareTo(other.name);
            }
            return c != 0 ? c : Integer.compare(row.row(), other.row.row());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
