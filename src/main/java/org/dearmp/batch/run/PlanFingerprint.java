package org.dearmp.batch.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.check.RowIssue;
import org.dearmp.batch.input.Supporter;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.Constituency;

/**
 * A batch's identity, so a resumed run knows it finishes the same job: the template, the sender, the
 * column mapping, every row as read, each row's seat, MP and state, and for each row with a problem or a
 * decision its values, the kinds of its problems and what was decided. Never the words a problem is told
 * in: those follow the interface language, and a batch begun in English is the same batch in Welsh.
 */
final class PlanFingerprint {

    private static final char SEP = '\u0000';

    private PlanFingerprint() {
    }

    static String of(BatchCheck check, String templateId, String senderOrg) {
        MessageDigest digest = common(check, templateId, senderOrg);
        check.notedRows().forEach(row -> update(digest, facts(row)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint earlier versions wrote, which held each problem's message as worded in the run's
     * language: a folder they left is still recognised (in the language it was begun in) and resumed.
     */
    static String former(BatchCheck check, String templateId, String senderOrg) {
        MessageDigest digest = common(check, templateId, senderOrg);
        check.notedRows().forEach(row -> update(digest, row.toString()));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest common(BatchCheck check, String templateId, String senderOrg) {
        MessageDigest digest = sha256();
        update(digest, templateId + "\u0000" + senderOrg + "\u0000" + new java.util.TreeMap<>(check.mapping().columns())
                + "\u0000" + check.mapping().pointColumns());
        update(digest, check.rowsDigest());
        for (int i = 0; i < check.size(); i++) {
            Constituency seat = check.seatAt(i);
            update(digest, check.rowNumberAt(i) + "|" + check.statusAt(i) + "|" + (seat == null ? ""
                    : seat.code() + "|" + check.parliament().member(seat.code()).map(m -> Integer.toString(m.memberId())).orElse("")));
        }
        return digest;
    }

    /** What a row with a problem or a decision is, without a word of any language. */
    static String facts(CheckedRow row) {
        StringBuilder out = new StringBuilder(256);
        Supporter s = row.supporter();
        add(out, s.row(), s.firstName(), s.lastName(), s.fullName(), String.join("\n", s.addressLines()), s.town(),
                s.postcode(), s.email(), s.message(), String.join("\n", s.points()), s.language());
        LookupResult lookup = row.lookup();
        add(out, lookup.status(), lookup.input());
        if (lookup instanceof LookupResult.Found found) {
            add(out, found.constituency().code(), found.certainty(), codes(found.alternatives()));
        } else if (lookup instanceof LookupResult.Choose choose) {
            add(out, choose.reason(), codes(choose.candidates()));
        } else if (lookup instanceof LookupResult.NotRepresented away) {
            add(out, away.territory());
        }
        add(out, row.constituency() == null ? "" : row.constituency().code(),
                row.member() == null ? "" : Integer.toString(row.member().memberId()),
                row.chosen(), row.duplicateOf(), row.keepDuplicate(), row.skipped());
        for (RowIssue issue : row.issues()) {
            add(out, issue.row(), issue.column(), issue.kind());
        }
        return out.toString();
    }

    private static String codes(List<Candidate> candidates) {
        StringBuilder codes = new StringBuilder();
        candidates.forEach(c -> codes.append(c.constituency().code()).append(':').append(c.count()).append(','));
        return codes.toString();
    }

    /** Each value ends with a character no cleaned value holds, so two fields never run together. */
    private static void add(StringBuilder out, Object... values) {
        for (Object value : values) {
            out.append(value).append(SEP);
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
