package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CampaignFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import replies… on a fresh batch screen: into an earlier batch's folder, chosen. No window needed. */
@DataTest
class BatchRepliesTest {

    @TempDir
    Path dir;

    private final BatchViewTest.AnsweringChooser chooser = new BatchViewTest.AnsweringChooser();
    private final BatchViewModel vm = new BatchViewModel(BatchFixtures::service, chooser.dialogs,
            new CallingThreadExecutor(), file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);

    @Test
    void anEarlierBatchsFolderIsChosenThenTheRepliesFile() throws Exception {
        chooser.folder = Optional.of(CampaignFixtures.batch(dir));
        chooser.file = Optional.of(CampaignFixtures.replies(dir));

        vm.importReplies();

        assertThat(vm.replies().seats()).extracting(ResponseFigures.Seat::mp)
                .containsExactly("Llinos Medi", "Yasmin Qureshi", "Chris Murray");
        assertThat(vm.replies().problems()).hasSize(10);
        assertThat(vm.replies().totalsProperty().get()).startsWith("Letters: 4; answered 1,");
        assertThat(vm.replies().mapPngProperty().get()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(vm.statusProperty().get()).isEqualTo(
                new Status(Status.Kind.NOTE, "Recorded 4 replies; 10 lines had problems and were not used."));
    }

    @Test
    void aReplyDatedAfterTheAppsTodayIsALineNotUsed() throws Exception {
        chooser.folder = Optional.of(CampaignFixtures.batch(dir));
        // The screen's batch service dates by TestClocks.FIXED: 27 November 2026.
        chooser.file = Optional.of(CampaignFixtures.write(dir.resolve("dates.csv"),
                "Row,Outcome,Date\n2,answered,28/11/2026\n3,answered,2026-11-27\n"));

        vm.importReplies();

        assertThat(vm.replies().problems()).containsExactly("Line 2: Date \"28/11/2026\" is after today "
                + "(27 November 2026): a reply cannot come from the future. Check the date.");
        assertThat(vm.statusProperty().get()).isEqualTo(
                new Status(Status.Kind.NOTE, "Recorded 1 reply; 1 line had a problem and was not used."));
    }

    @Test
    void aFolderThatHoldsNoBatchIsSaidSoAndNothingIsShown() throws Exception {
        chooser.folder = Optional.of(dir);
        chooser.file = Optional.of(CampaignFixtures.replies(dir));

        vm.importReplies();

        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(vm.statusProperty().get().text()).contains("is not a finished batch folder");
        assertThat(vm.replies().seats()).isEmpty();
        assertThat(vm.replies().totalsProperty().get()).isEmpty();
    }

    @Test
    void nothingHappensWhenTheOrganiserCancelsTheFolder() {
        chooser.folder = Optional.empty();
        vm.importReplies();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NONE);
        assertThat(chooser.dialogs.fileRequests).extracting(r -> r.kind()).containsExactly("folder");
    }
}
