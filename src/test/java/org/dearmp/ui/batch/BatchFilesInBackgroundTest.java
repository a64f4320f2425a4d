package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.task.Job;
import org.dearmp.ui.task.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch screen's files (a column mapping saved or loaded, the sample copied, the map picture of a batch
 * written) are read and written on the background executor, never on the FX thread. No window needed.
 */
@DataTest
class BatchFilesInBackgroundTest {
    @TempDir
    Path dir;
    private final HeldExecutor background = new HeldExecutor();
    private final BatchViewTest.AnsweringChooser chooser = new BatchViewTest.AnsweringChooser();

    private BatchViewModel screen(BackgroundExecutor executor) {
        return new BatchViewModel(BatchFixtures::service, chooser.dialogs, executor,
                file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
    }

    private BatchViewModel withAFileOpen() throws Exception {
        BatchViewModel vm = screen(background);
        vm.openFile(BatchFixtures.messyCsv(dir));
        background.runAll();
        return vm;
    }

    @Test
    void aMappingIsSavedOnlyInTheBackgroundAndASecondClickSavesNothingMore() throws Exception {
        BatchViewModel vm = withAFileOpen();
        Path saved = dir.resolve("column-mapping.json");
        chooser.mapping = Optional.of(saved);

        vm.saveMapping();
        vm.saveMapping();

        assertThat(saved).as("nothing written on the FX thread").doesNotExist();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(background.waiting()).as("the second click waits for the first").isEqualTo(1);
        background.runAll();
        assertThat(saved).exists();
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.SUCCESS);
    }

    @Test
    void aMappingIsLoadedOnlyInTheBackground() throws Exception {
        BatchViewModel vm = withAFileOpen();
        Path file = dir.resolve("mapping.json");
        new ColumnMapping(vm.currentMapping().columns(), List.of("Another point")).save(file);
        chooser.mapping = Optional.of(file);
        String before = vm.pointColumnsProperty().get();

        vm.loadMapping();

        assertThat(vm.pointColumnsProperty().get()).isEqualTo(before);
        background.runAll();
        assertThat(vm.pointColumnsProperty().get()).isEqualTo("Another point");
    }

    @Test
    void aMappingThatCannotBeReadSaysWhyAndKeepsTheMappingOnScreen() throws Exception {
        BatchViewModel vm = withAFileOpen();
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ not a mapping");
        chooser.mapping = Optional.of(file);
        String before = vm.pointColumnsProperty().get();

        vm.loadMapping();
        background.runAll();

        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(vm.statusProperty().get().text()).isNotBlank().doesNotContain("Exception");
        assertThat(vm.pointColumnsProperty().get()).isEqualTo(before);
    }

    @Test
    void theSampleIsCopiedOnlyInTheBackground() {
        BatchViewModel vm = screen(background);

        vm.openSample();

        assertThat(vm.fileProperty().get()).isNull();
        assertThat(background.waiting()).isEqualTo(1);
        background.runAll();
        assertThat(vm.fileProperty().get().path().getFileName()).hasToString(SampleSupporters.FILE_NAME);
    }

    /** Runs the work at once, but holds what is done with its result until {@link #release}. */
    private static final class ResultsLater implements BackgroundExecutor {
        private final List<Runnable> results = new ArrayList<>();

        @Override
        public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            List<Runnable> callback = new ArrayList<>();
            Job job = new CallingThreadExecutor().submit(work, value -> callback.add(() -> onSuccess.accept(value)),
                    error -> callback.add(() -> onFailure.accept(error)));
            results.addAll(callback);
            return job;
        }

        void release() {
            while (!results.isEmpty()) {
                results.remove(0).run();
            }
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void theMapPictureIsReadWithTheBatchNotWhenTheResultIsShown() throws Exception {
        ResultsLater executor = new ResultsLater();
        BatchViewModel vm = screen(executor);
        chooser.folder = Optional.of(dir.resolve("out"));
        vm.openFile(BatchFixtures.messyCsv(dir));
        executor.release();
        vm.check();
        executor.release();
        vm.applyDefault(DefaultPolicy.SKIP);
        vm.chooseOutputFolder();
        executor.release();

        vm.write();
        // Between the work and the screen showing it, the picture goes: the screen reads no file of its own.
        List<Path> pictures;
        try (var files = Files.walk(dir.resolve("out"))) {
            pictures = files.filter(p -> p.toString().endsWith(".png")).toList();
        }
        assertThat(pictures).as("the batch drew its map").isNotEmpty();
        for (Path png : pictures) {
            Files.delete(png);
        }
        executor.release();

        assertThat(vm.resultProperty().get()).isNotNull();
        assertThat(vm.mapPngProperty().get()).as("the picture as the work read it").isNotNull();
    }
}
