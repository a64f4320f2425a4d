package org.dearmp.ui.batch;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results stage's buttons follow the batch written. No window needed. */
@DataTest
class BatchResultsTest {

    @TempDir
    Path dir;

    @Test
    void thePrintFileCanBeOpenedOnlyOnceABatchWithLettersIsWritten() throws IOException {
        BatchViewTest.AnsweringChooser chooser = new BatchViewTest.AnsweringChooser();
        chooser.folder = Optional.of(dir.resolve("out"));
        BatchViewModel vm = new BatchViewModel(BatchFixtures::service, chooser.dialogs, new CallingThreadExecutor(),
                file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
        vm.openFile(BatchFixtures.messyCsv(dir));
        vm.check();
        vm.applyDefault(DefaultPolicy.SKIP);
        vm.chooseOutputFolder();
        assertThat(vm.results().canOpenPrintFileProperty().get()).as("nothing written yet").isFalse();

        vm.write();

        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(vm.results().canOpenPrintFileProperty().get()).isTrue();
    }

    @Test
    void aMapPictureReplacedByAPipeIsNotWaitedOn() throws Exception {
        BatchViewTest.AnsweringChooser chooser = new BatchViewTest.AnsweringChooser();
        chooser.folder = Optional.of(dir.resolve("out"));
        BatchViewModel vm = new BatchViewModel(BatchFixtures::service, chooser.dialogs, new CallingThreadExecutor(),
                file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
        vm.openFile(BatchFixtures.messyCsv(dir));
        vm.check();
        vm.applyDefault(DefaultPolicy.SKIP);
        vm.chooseOutputFolder();
        vm.write();
        var done = vm.resultProperty().get();
        assertThat(vm.results().mapPngProperty().get()).as("the real map").isNotNull();
        java.nio.file.Files.delete(done.map());
        Process made = new ProcessBuilder("mkfifo", done.map().toString()).inheritIO().start();
        org.junit.jupiter.api.Assumptions.assumeTrue(made.waitFor() == 0, "mkfifo failed");

        assertThat(BatchResultsModel.readMap(done)).isNull();
    }
}
