package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code letter --out -}: the letter on standard output, and a plain line on standard error. */
class LetterToStandardOutputTest {
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void standardOutputIsNotCalledAFileThatWasSaved() {
        CliRun run = userData.run("letter", "--postcode", "LL58 8AA", "--template", "own-words", "--name", "A Writer",
                "--story", "I care about this.", "--format", "txt", "--out", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Wrote the letter to ").contains(" on standard output.")
                .doesNotContain("Saved standard output");
    }
}
