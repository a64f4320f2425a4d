package org.dearmp.batch.check;

import java.nio.file.Path;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.run.BatchPlan;
import org.dearmp.testsupport.BatchFixtures;

/** Run by {@link BatchCheckMemoryTest} in a JVM of its own with a small heap: checks and plans a file. */
public final class CheckInASmallHeap {

    private CheckInASmallHeap() {
    }

    public static void main(String[] args) {
        SupporterFile file = SupporterFile.open(Path.of(args[0]));
        BatchCheck check = BatchFixtures.service().check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.SKIP);
        BatchPlan plan = BatchPlan.of(check, "stronger-laws", "");
        System.out.println("checked " + check.size() + " planned " + plan.letterCount());
    }
}
