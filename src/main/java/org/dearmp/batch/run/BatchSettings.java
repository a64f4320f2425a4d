package org.dearmp.batch.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a run writes and where.
 *
 * @param templateId   the campaign template, recorded so a resumed run can check it is the same
 * @param senderOrg    the organising group, named in the print file and report; may be blank
 * @param date         the date on the letters (a resumed run keeps the first run's date)
 * @param threads      threads writing single letters (the print file has its own)
 */
public record BatchSettings(Path outDir, String templateId, String senderOrg, LocalDate date, int threads) {
    public BatchSettings {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(templateId, "templateId");
        senderOrg = senderOrg == null ? "" : senderOrg.strip();
        Objects.requireNonNull(date, "date");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static BatchSettings of(Path outDir, String templateId, String senderOrg, LocalDate date) {
        return new BatchSettings(outDir, templateId, senderOrg, date,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
