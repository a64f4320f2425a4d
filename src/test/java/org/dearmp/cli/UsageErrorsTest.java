package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Picocli's usage errors (an unknown option, a parameter, option or value left out, an option given twice, an
 * argument not taken) in the interface's language: Welsh under --language cy, plain English otherwise; exit 2,
 * no Java names, and where to find the help instead of the whole usage.
 */
class UsageErrorsTest {
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static String err(CliRun run) {
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("picocli")
                .doesNotContain("Usage:").doesNotContain("Defnydd:");
        return run.err();
    }

    @Test
    void anUnknownOption() {
        assertThat(err(userData.run("--language", "cy", "lookup", "--x", "SW1A 0AA"))).isEqualTo(
                "Opsiwn anhysbys: '--x'\nRhedwch lookup gyda --help i weld beth mae pob opsiwn yn ei dderbyn.\n");
        assertThat(err(userData.run("lookup", "--x", "SW1A 0AA"))).isEqualTo(
                "Unknown option: '--x'\nRun lookup with --help to see what each option takes.\n");
    }

    @Test
    void picocliSuggestionsAreKept() {
        assertThat(err(userData.run("--language", "cy", "lookup", "--jsonn", "SW1A 0AA")))
                .startsWith("Opsiwn anhysbys: '--jsonn'\nOeddech chi'n golygu: --json?\n");
        assertThat(err(userData.run("--language", "cy", "letters", "repyl")))
                .startsWith("Nid yw'r gorchymyn hwn yn derbyn 'repyl'.\nOeddech chi'n golygu: letters reply?\n");
        assertThat(err(userData.run("lookupp"))).startsWith("Unmatched argument 'lookupp': this command does not "
                + "take it.\nDid you mean: lookup?\nRun it with --help");
    }

    @Test
    void aMissingParameter() {
        assertThat(err(userData.run("--language", "cy", "letters", "reply", "--outcome", "answered"))).isEqualTo(
                "Mae angen rhoi 'ID'.\nRhedwch letters reply gyda --help i weld beth mae pob opsiwn yn ei dderbyn.\n");
        assertThat(err(userData.run("letters", "reply", "--outcome", "answered")))
                .startsWith("Missing required parameter: 'ID'\nRun letters reply with --help");
    }

    @Test
    void missingOptionsAndAMissingValue() {
        assertThat(err(userData.run("--language", "cy", "batch", "--input", "a.csv")))
                .startsWith("Mae angen rhoi'r opsiynau '--template=ID', '--out=DIR'.\n");
        assertThat(err(userData.run("--language", "cy", "letters", "reply", "abc")))
                .startsWith("Mae angen rhoi'r opsiwn '--outcome=OUTCOME'.\n");
        assertThat(err(userData.run("--language", "cy", "letter", "--format")))
                .startsWith("Mae angen gwerth ar --format: rhowch FORMAT ar ei ôl.\n");
        assertThat(err(userData.run("letters", "reply", "abc", "--outcome", "--note", "x")))
                .startsWith("--outcome needs a value: give OUTCOME after it.\n");
    }

    @Test
    void anOptionTwiceAndAnArgumentNotTaken() {
        assertThat(err(userData.run("--language", "cy", "letters", "--json", "--json")))
                .startsWith("Dim ond unwaith y gallwch chi roi '--json'.\n");
        assertThat(err(userData.run("--language", "cy", "letters", "reply", "abc", "more", "--outcome", "none")))
                .startsWith("Nid yw'r gorchymyn hwn yn derbyn 'more'.\n");
        assertThat(err(userData.run("--language", "cy", "help", "nope")))
                .startsWith("Does dim gorchymyn o'r enw 'nope'.\n");
    }

    @Test
    void theOneJobPathSaysItInWelshToo() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine line = DearMpCommand.commandLineFor(userData.context(), "--language", "cy", "lookup", "--x");
        line.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        line.setErr(new java.io.PrintWriter(err, true));
        assertThat(line.execute("--language", "cy", "lookup", "--x")).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(err.toString()).startsWith("Opsiwn anhysbys: '--x'\n");
    }
}
