package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.AtomicFiles;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.KilledChild;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dear-mp batch} in a real process, killed with SIGKILL part way through the letters; run again into the
 * same folder, it completes to exactly the files a batch that was never stopped writes, with no temporary file left.
 */
@DataTest
class BatchKilledTest {
    private static final int SUPPORTERS = 60;

    /** The supporters and the batch never stopped, made once for every kill point. */
    @TempDir
    static Path shared;
    private static Path csv;
    private static Path reference;

    @TempDir
    Path dir;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @BeforeAll
    static void aBatchNeverStopped() throws IOException {
        AppContext context = AppContext.forFolder(new AppDataFolder(Files.createDirectories(shared.resolve("home"))),
                Clock.systemDefaultZone());
        csv = shared.resolve("supporters.csv");
        assertThat(CliRun.in(context, "bench", "supporters", "--n", Integer.toString(SUPPORTERS), "--out",
                csv.toString()).exitCode()).isZero();
        reference = shared.resolve("reference");
        CliRun whole = CliRun.in(context, batchArgs(reference));
        assertThat(whole.exitCode()).as(whole.err()).isZero();
    }

    private static String[] batchArgs(Path out) {
        return new String[] {"batch", "--input", csv.toString(), "--template", "stronger-laws", "--out", out.toString(),
                "--on-problem", "skip"};
    }

    @ParameterizedTest(name = "killed after {0} letter files")
    @ValueSource(ints = {1, 25, 70})
    void runAgainItCompletesToTheFilesOfABatchNeverStopped(int files) throws Exception {
        Path out = dir.resolve("out");
        String[] args = batchArgs(out);
        String[] childArgs = new String[args.length + 1];
        childArgs[0] = out.toString();
        System.arraycopy(args, 0, childArgs, 1, args.length);
        int seen;
        try (KilledChild child = KilledChild.start(dir, List.of("-Ddearmp.home=" + userData.folder().root()),
                BatchWritingChild.class.getName(), childArgs)) {
            child.awaitMarkers(BatchWritingChild.MARKER, files);
            seen = KilledChild.lastNumber(child.killAndCollect(), BatchWritingChild.MARKER);
        }
        assertThat(seen).isGreaterThanOrEqualTo(files);

        CliRun again = userData.run(args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(filesIn(out)).isEqualTo(filesIn(reference));
        assertThat(filesIn(out)).noneMatch(name -> AtomicFiles.isTemporaryName(Path.of(name).getFileName().toString())
                || name.endsWith(".part"));
    }

    /** Every file under {@code folder}, as paths relative to it. */
    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
