package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.dearmp.testsupport.BenchTest;

/** The batch benchmark runs cold and warm batches end to end and prints a row for each; the figures are for people. */
@BenchTest
@DataTest
class BatchBenchCommandTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void aSmallRunPrintsAColdRowAndAWarmRowPerSize() {
        CliRun run = userData.run("bench", "batch", "--cold", "30", "--warmup", "20", "--n", "10,25");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("First batch in this fresh JVM", "After an untimed warm-up batch of 20 letters");
        assertThat(run.out().lines().filter(l -> l.matches("\\d+ \\| \\d+ \\|.*")).toList())
                .hasSize(3)
                .satisfiesExactly(
                        cold -> assertThat(cold).startsWith("30 | 30 |"),
                        small -> assertThat(small).startsWith("10 | 10 |"),
                        larger -> assertThat(larger).startsWith("25 | 25 |"));
    }
}
