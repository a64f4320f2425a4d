package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.batch.run.BatchService;
import org.dearmp.batch.run.BatchSettings;
import org.dearmp.bench.SyntheticSupporters;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.BenchTest;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.task.FxBackgroundExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A benchmark, not a timed test: the batch screen's rate against the command line's path (the same
 * service called directly, as {@code dear-mp batch} calls it), in the same JVM and rounds, interleaved,
 * and the longest the FX thread went without a pulse while the screen's batch ran. Prints the figures;
 * asserts only that both wrote every letter. {@code -Ddearmp.bench.gui.n=2000} for a real run (the
 * default is a smoke run).
 */
@DataTest
@UiTest
@BenchTest
@ExtendWith(ApplicationExtension.class)
class GuiBatchRateBench {

    private static final int N = Integer.getInteger("dearmp.bench.gui.n", 60);
    private static final int ROUNDS = Integer.getInteger("dearmp.bench.gui.rounds", 2);

    @TempDir
    Path dir;

    private final java.util.Deque<Path> folders = new java.util.ArrayDeque<>();
    private Path supporters;
    private final RecordingDialogService dialogs = new RecordingDialogService()
            .answerFilesWith(asked -> asked.kind().equals("folder") ? Optional.ofNullable(folders.poll())
                    : asked.fileKind() == FileKind.SUPPORTERS ? Optional.of(supporters) : Optional.empty());
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private BatchViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new BatchViewModel(BatchFixtures::service, dialogs, executor, file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
        BatchView view = new BatchView(vm);
        stage.setScene(new Scene(view, 1100, 780));
        stage.show();
    }

    @Test
    void theScreensBatchRunsAtTheCommandLinesRate(FxRobot robot) throws Exception {
        supporters = dir.resolve("supporters.csv");
        SplittableRandom random = new SplittableRandom(20261202);
        SyntheticSupporters.write(supporters, SyntheticSupporters.samplePostcodes(PostcodeIndex.loadBundled(), N, random), random);
        List<Double> screen = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        List<Long> longestGaps = new ArrayList<>();
        press(robot, "#batch-choose-file");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        for (int round = 1; round <= ROUNDS; round++) {
            direct.add(commandLinePath(dir.resolve("direct-" + round)));
            long[] gap = new long[1];
            screen.add(screenPath(robot, dir.resolve("screen-" + round), gap));
            longestGaps.add(gap[0]);
        }
        System.out.printf("GUI batch bench: %d letters, %d rounds, load %.2f%n", N, ROUNDS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int r = 0; r < ROUNDS; r++) {
            System.out.printf("round %d: command line's path %.0f letters/s, batch screen %.0f letters/s (%.2f), "
                    + "longest FX thread gap %d ms%n", r + 1, direct.get(r), screen.get(r), screen.get(r) / direct.get(r),
                    longestGaps.get(r));
        }
        executor.shutdown();
    }

    /** As a click would, wherever the button is scrolled to. */
    private static void press(FxRobot robot, String query) {
        javafx.scene.control.ButtonBase button = robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        assertThat(button.isDisabled()).as(query + " is enabled").isFalse();
        robot.interact(button::fire);
    }

    private double commandLinePath(Path out) throws IOException {
        long start = System.nanoTime();
        BatchService service = BatchFixtures.service();
        SupporterFile file = service.open(supporters);
        BatchCheck check = service.check(file, ColumnMapping.autoDetect(file.headers()), BatchListener.NONE);
        check.applyDefault(DefaultPolicy.BEST_GUESS);
        BatchSettings settings = new BatchSettings(out, "stronger-laws", "", LocalDate.of(2026, 12, 2),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        BatchResult result = service.write(check, service.template("stronger-laws"), settings, false, BatchListener.NONE);
        assertThat(result.written()).isEqualTo((int) check.rows().stream().filter(r -> r.ready()).count());
        return result.written() / ((System.nanoTime() - start) / 1e9);
    }

    private double screenPath(FxRobot robot, Path out, long[] longestGapMillis) throws Exception {
        folders.add(out);
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = last.getAndSet(now);
                if (previous != 0) {
                    longest.accumulateAndGet(now - previous, Math::max);
                }
            }
        };
        long start = System.nanoTime();
        robot.interact(pulses::start);
        BatchCheck before = vm.decisions().checkProperty().get();
        press(robot, "#batch-check");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.busyProperty().get()
                && vm.decisions().checkProperty().get() != null && vm.decisions().checkProperty().get() != before);
        robot.interact(() -> vm.applyDefault(DefaultPolicy.BEST_GUESS));
        press(robot, "#batch-choose-folder");
        Object resultBefore = vm.resultProperty().get();
        press(robot, "#batch-write");
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> !vm.busyProperty().get()
                && vm.resultProperty().get() != null && vm.resultProperty().get() != resultBefore);
        double seconds = (System.nanoTime() - start) / 1e9;
        robot.interact(pulses::stop);
        longestGapMillis[0] = longest.get() / 1_000_000;
        long written;
        try (var files = Files.list(out.resolve("letters"))) {
            written = files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
        assertThat(written).isPositive();
        return written / seconds;
    }
}
