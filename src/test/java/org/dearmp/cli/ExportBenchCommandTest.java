package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.dearmp.testsupport.BenchTest;

/** The export benchmark runs and reports every figure; the figures themselves are for people to read. */
@BenchTest
@DataTest
class ExportBenchCommandTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void aSmallRunPrintsEachFigure() {
        CliRun run = userData.run("bench", "export", "--letters", "40", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("40 letters", "Single-letter PDFs", "Email files (.eml)", "One merged print PDF");
        assertThat(run.out()).containsPattern("ms of CPU a letter; [0-9,]+ bytes a letter");
    }
}
