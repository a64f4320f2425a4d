package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A value that is not of its option's type is said in plain words, never with a Java class or exception name. */
class PlainValueErrorsTest {
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private static void assertPlain(CliRun run, String expected) {
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains(expected)
                .doesNotContain("java.").doesNotContain("Exception").doesNotContain("class ")
                .doesNotContain("cannot convert");
    }

    @Test
    void aBadDateSaysTheFormWanted() {
        assertPlain(userData.run("mps", "import", "dfe_mp_lookup_2026-09-30.csv", "--as-of", "notadate"),
                "--as-of needs a date as YYYY-MM-DD, such as 2026-09-30: \"notadate\" is not one.\n"
                        + "Run mps import with --help to see what each option takes.");
    }

    @Test
    void aBadNumberSaysAWholeNumberIsWanted() {
        assertPlain(userData.run("bench", "export", "--letters", "many"),
                "--letters needs a whole number, such as 10: \"many\" is not one.");
        assertPlain(userData.run("bench", "batch", "--n", "10,lots"),
                "--n needs a whole number, such as 10: \"lots\" is not one.");
    }

    @Test
    void aBadFormatListsTheAllowedWords() {
        assertPlain(userData.run("letter", "--postcode", "SW1A 0AA", "--template", "stronger-laws", "--name", "A",
                "--format", "docx"), "--format needs one of pdf, eml or txt: \"docx\" is not one.");
    }

    @Test
    void aBadPathSaysItIsNotAFileName() {
        assertPlain(userData.run("templates", "--dir", "a\u0000b"), "--dir needs a file or folder name");
    }
}
