package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.batch.BatchProgress;
import org.dearmp.ui.task.Progress;
import org.junit.jupiter.api.Test;

/** The batch screen's progress: often enough to move, seldom enough not to slow the batch. */
class WriteProgressTest {

    private final List<Long> shown = new ArrayList<>();
    private final WriteProgress progress = new WriteProgress(new Progress() {
        @Override
        public void update(long done, long total, String message) {
            shown.add(done);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }, () -> false);

    private void report(int done, long millis) {
        progress.progress(new BatchProgress(done, 1000, Duration.ofMillis(millis), done));
    }

    @Test
    void showsTheFirstUpdateThenAtMostFourASecondAndAlwaysTheLast() {
        report(0, 0);
        report(25, 60);
        report(50, 120);
        report(75, 249);
        report(100, 250);
        report(125, 300);
        report(150, 900);
        report(1000, 910);
        assertThat(shown).containsExactly(0L, 100L, 150L, 1000L);
    }
}
