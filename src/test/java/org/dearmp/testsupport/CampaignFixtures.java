package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.run.BatchService;
import org.dearmp.batch.run.BatchSettings;

/**
 * A small real batch for the organisers' replies, and a made-up replies file with a bad line of every kind.
 * Supporter rows: 2 Edinburgh East, 3 and 4 Ynys Môn, 5 the same email as 4 (so skipped as the same supporter),
 * 6 an invalid postcode (skipped), 7 Bolton (an MP without an email: PDF only).
 */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    public static Path supporters(Path dir) throws IOException {
        return write(dir.resolve("supporters.csv"), "Name,Postcode,Email,Story\r\n"
                + "Ann Lee,EH1 1YH,ann@example.org,I care about this.\r\n"
                + "Rhys Evans,LL59 5ER,rhys@example.org,So do I.\r\n"
                + "Siân Ap Dafydd,LL61 6YY,shared@example.org,My niece was trafficked.\r\n"
                + "Tom Jones,CF44 9JB,shared@example.org,I volunteer at a refuge.\r\n"
                + "Nobody,XYZ 123,nobody@example.org,\r\n"
                + "Łukasz Kowalski,BL3 4AZ,lukasz@example.org,I want stronger laws.\r\n");
    }

    /** Runs the batch into {@code dir}/out with the real lookup and templates; returns the folder. */
    public static Path batch(Path dir) throws IOException {
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(supporters(dir));
        Path out = dir.resolve("out");
        try (BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE)) {
            check.applyDefault(DefaultPolicy.SKIP);
            service.write(check, service.template("stronger-laws"),
                    new BatchSettings(out, "stronger-laws", "Freedom Network", LocalDate.of(2026, 11, 27), 2), false,
                    BatchListener.NONE);
        }
        return out;
    }

    /**
     * Lines 2, 3, 14 and 15 are good (14 repeats 2 with the same outcome); every other line is bad, one of
     * each kind: 4 an email on two rows, 5 an unknown row, 6 an unknown email, 7 an unknown outcome, 8 a
     * skipped row, 9 and 10 row 7 with two outcomes, 11 no outcome, 12 neither row nor email, 13 a bad date.
     * The good dates are the letters' own day ({@link #batch}'s, and {@code TestClocks.FIXED}'s today): a reply
     * is dated neither before its letter nor after today.
     */
    public static Path replies(Path dir) throws IOException {
        return write(dir.resolve("replies.csv"), "\uFEFFRow,Email,Outcome,Date,Note\r\n"
                + "2,,answered,2026-11-27,A long reply about the bill\r\n"
                + ",RHYS@example.org,acknowledged,,\r\n"
                + ",shared@example.org,none,,\r\n"
                + "99,,answered,,\r\n"
                + ",nobody@example.net,answered,,\r\n"
                + "4,,maybe,,\r\n"
                + "6,,answered,,\r\n"
                + "7,,not-answered,,\r\n"
                + "7,,answered,,\r\n"
                + "4,,,,\r\n"
                + ",,answered,,\r\n"
                + "3,,not-expected,32/13/2026,\r\n"
                + "2,,Answered,,\r\n"
                + "4,,none,27/11/2026,\"=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    public static Path write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
