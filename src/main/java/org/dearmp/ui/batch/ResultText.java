package org.dearmp.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.i18n.Messages;

/**
 * The summary's words once a batch is written. It says "Finished an interrupted batch" only when
 * this run did finish one that an earlier run left part-written (Cancel, a crash); otherwise "Finished".
 */
final class ResultText {
    private ResultText() {
    }

    /** @param resumedUnfinished the folder held an unfinished batch before this run */
    static String of(BatchResult done, boolean resumedUnfinished) {
        List<String> lines = new ArrayList<>();
        lines.add(resumedUnfinished && done.resumed() > 0 ? Messages.get("ui.batch.result.resumed", done.resumed())
                : Messages.get("ui.batch.result.finished"));
        lines.add(Messages.get("ui.batch.result.written", done.written(), done.pdfOnly(), done.skipped(),
                done.summary().byConstituency().size()));
        if (done.nearCopies() > 0) {
            lines.add(Messages.get("ui.batch.result.nearCopies", done.nearCopies()));
        }
        lines.add(Messages.get("ui.batch.result.regions", join(done.summary().byRegionNamed())));
        lines.add(Messages.get("ui.batch.result.parties", join(done.summary().byParty())));
        return String.join("\n", lines);
    }

    private static String join(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((name, n) -> parts.add(name + " " + n));
        return String.join(", ", parts);
    }
}
