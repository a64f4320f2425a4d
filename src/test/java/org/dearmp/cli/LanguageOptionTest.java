package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;
import org.dearmp.userdata.Settings;
import org.dearmp.userdata.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code dear-mp --language cy|en JOB}: the job's words in that language, else the settings', else English. */
class LanguageOptionTest {
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static String english(String key, Object... args) {
        return Messages.in(Language.ENGLISH, key, args);
    }

    private static String welsh(String key, Object... args) {
        return Messages.in(Language.WELSH, key, args);
    }

    @Test
    void lookupInWelsh() {
        CliRun run = userData.run("--language", "cy", "lookup", "hello");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        String notAPostcode = welsh("lookup.cli.heading.invalid", "hello");
        assertThat(notAPostcode).isNotEqualTo(english("lookup.cli.heading.invalid", "hello"));
        assertThat(run.out() + run.err()).contains(notAPostcode);
    }

    @Test
    void theOneJobPathAndTheFullCommandLineBothTakeIt() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine line = DearMpCommand.commandLine(userData.context());
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(line.execute("--language", "cy", "lookup", "SW1A 0AA")).isZero();
        String mpLine = welsh("lookup.cli.mp", "Rachel Blake", "Labour (Co-op)");
        assertThat(out.toString()).contains(mpLine);

        java.io.StringWriter oneJob = new java.io.StringWriter();
        picocli.CommandLine fast = DearMpCommand.commandLineFor(userData.context(), "--language", "cy", "lookup",
                "SW1A 0AA");
        fast.setOut(new java.io.PrintWriter(oneJob, true));
        fast.setErr(new java.io.PrintWriter(oneJob, true));
        // Built for "lookup" alone, as when it comes first: the option before it does not cost the full build.
        assertThat(fast.getSubcommands().keySet()).containsExactly("lookup");
        assertThat(fast.execute("--language", "cy", "lookup", "SW1A 0AA")).isZero();
        assertThat(oneJob.toString()).contains(mpLine);
    }

    @Test
    void theSavedLanguageIsUsedWithoutTheOptionAndTheOptionWins() throws Exception {
        new SettingsStore(userData.folder()).save(Settings.defaults().withLanguage("cy"));
        assertThat(userData.run("lookup", "hello").out()).contains(welsh("lookup.cli.heading.invalid", "hello"));
        assertThat(userData.run("--language", "en", "lookup", "hello").out())
                .contains(english("lookup.cli.heading.invalid", "hello"));
    }

    @Test
    void oneRunsChoiceDoesNotCarryOverToTheNext() {
        userData.run("--language", "cy", "lookup", "hello");
        assertThat(userData.run("lookup", "hello").out()).contains(english("lookup.cli.heading.invalid", "hello"));
    }

    @Test
    void anotherLanguageIsRefusedInPlainWords() {
        CliRun run = userData.run("--language", "fr", "lookup", "SW1A 0AA");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--language needs cy (Cymraeg) or en (English): \"fr\" is neither.")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("String");
    }

    @Test
    void withoutTheOptionPicocliHasNothingToWarnAbout() {
        // Picocli sets an option's default through its setter before parsing, and says on System.err if it throws.
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(userData.run("lookup", "SW1A 0AA").exitCode()).isZero();
            assertThat(DearMpCommand.commandLineFor(userData.context(), "lookup", "SW1A 0AA").parseArgs("lookup",
                    "SW1A 0AA").hasSubcommand()).isTrue();
        } finally {
            System.setErr(before);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theOptionIsListedInTheHelp() {
        assertThat(userData.run("--help").out()).contains("--language=cy|en");
    }
}
