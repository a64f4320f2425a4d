package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.testsupport.BenchTest;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dear-mp bench supporters}: the file bench/compare.sh gives {@code dear-mp batch}, so a batch must take all of it. */
@BenchTest
@DataTest
class BenchSupportersCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void writesNRowsThatABatchWritesEveryLetterFor() throws IOException {
        Path csv = dir.resolve("supporters.csv");
        CliRun made = userData.run("bench", "supporters", "--n", "12", "--out", csv.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("Wrote 12 synthetic supporters");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("First name,Last name,");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[4]).distinct()).hasSize(12);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("supporters.csv");
        }

        CliRun batch = userData.run("batch", "--input", csv.toString(), "--template", "stronger-laws",
                "--out", dir.resolve("out").toString());
        assertThat(batch.exitCode()).as(batch.out() + batch.err()).isZero();
        assertThat(batch.out()).contains("Wrote 12 letters", "skipped no rows");
    }

    @Test
    void theSameSeedMakesTheSameFile() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(userData.run("bench", "supporters", "--n", "5", "--out", a.toString(), "--seed", "7").exitCode()).isZero();
        assertThat(userData.run("bench", "supporters", "--n", "5", "--out", b.toString(), "--seed", "7").exitCode()).isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }

    @Test
    void aCountBelowOneIsRefused() {
        CliRun run = userData.run("bench", "supporters", "--n", "0", "--out", dir.resolve("x.csv").toString());
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--n must be at least 1");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
