package org.dearmp.batch.run;

import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.input.Supporter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
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
        Collator collator = Collator.getInstance(java.util.Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        List<CheckedRow> ready = new ArrayList<>();
        List<CheckedRow> skipped = new ArrayList<>();
        for (CheckedRow row : check.rows()) {
            (row.ready() ? ready : skipped).add(row);
        }
        ready.sort(Comparator.<CheckedRow, String>comparing(r -> r.constituency().name(), collator)
                .thenComparing(r -> r.supporter().surname(), collator)
                .thenComparing(r -> r.supporter().name(), collator)
                .thenComparingInt(CheckedRow::row));
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
