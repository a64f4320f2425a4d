package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dearmp.letter.ChecklistItem;
import org.dearmp.letter.ChecklistItem.Check;
import org.dearmp.letter.ChecklistItem.State;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dear-mp letter --check}: the checklist for the letter it would write, nothing written, exit 0. */
class LetterCheckCommandTest {
    /** In Ynys Môn. */
    private static final String YNYS_MON_POSTCODE = "LL58 8AA";

    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("letter", "--postcode", YNYS_MON_POSTCODE, "--template",
                "stronger-laws", "--name", "Siân Evans", "--out", temp.toString(), "--check"));
        args.addAll(List.of(extra));
        return userData.run(args.toArray(String[]::new));
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }

    @Test
    void aBareLetterIsCheckedItemByItemWithNothingWrittenAndExitZero() throws IOException {
        CliRun run = check();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Checklist for your letter to Llinos Medi MP (Ynys Môn)",
                "Add your full address and postcode", "Add a reason or story of your own",
                "Say what it means locally", "One clear ask", "Almost all of it is the template's wording",
                "MPs deal with their own constituents", "Nothing was written");
        assertThat(run.out()).containsAnyOf("\u2717 Add your full address", "[ ] Add your full address");
        assertThat(written()).isEmpty();
        // A check is no letter: nothing goes in the letter history either.
        assertThat(userData.run("letters").out()).contains("No letters in your history yet");
    }

    @Test
    void aLetterThatCountsIsCheckedAsDone() throws IOException {
        CliRun run = check("--address", "2 Stryd Fawr", "--address", "Beaumaris",
                "--story", "My cousin was trafficked to a farm near Holyhead and nobody noticed for two years. "
                        + "Our local drop-in in Beaumaris is the only place that helped her, on one small grant.");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Your full address, with LL58 8AA in Ynys Môn", "A reason of your own",
                "A local angle", "British spelling");
        assertThat(run.out()).containsAnyOf("\u2713 Your full address", "[x] Your full address");
        assertThat(written()).isEmpty();
    }

    @Test
    void usSpellingsAndSeveralAsksAreWarningsNotErrors() {
        CliRun run = check("--story", "The organization I volunteer with is a center for survivors. Will you meet "
                + "me? Please write to the minister. Could you visit?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("US spellings: organization (organisation), center (centre)",
                "Your own words add 3 more requests");
    }

    @Test
    void withoutCheckTheLetterIsWrittenAsBefore() throws IOException {
        CliRun run = userData.run("letter", "--postcode", YNYS_MON_POSTCODE, "--template", "stronger-laws",
                "--name", "Siân Evans", "--out", temp.toString(), "--format", "txt", "--no-history");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Checklist for");
        assertThat(written()).hasSize(1);
    }

    @Test
    void theMarksArePlainAsciiWhenTheTerminalIsNotUtf8() {
        List<ChecklistItem> items = List.of(new ChecklistItem(Check.ONE_PAGE, State.MET, "Fits on one page", null),
                new ChecklistItem(Check.LOCAL_ANGLE, State.NOT_MET, "Say what it means locally", null),
                new ChecklistItem(Check.FEW_BULLETS, State.WARNING, "7 bullet points", null));
        StringWriter ascii = new StringWriter();
        LetterCheckOptions.print(new PrintWriter(ascii), items, "Llinos Medi MP", "Ynys Môn", false);
        assertThat(ascii.toString()).contains("[x] Fits on one page", "[ ] Say what it means locally",
                "[!] 7 bullet points", "1 of 3 done").doesNotContain("\u2713", "\u2717");
        StringWriter unicode = new StringWriter();
        LetterCheckOptions.print(new PrintWriter(unicode), items, "Llinos Medi MP", "Ynys Môn", true);
        assertThat(unicode.toString()).contains("\u2713 Fits on one page", "\u2717 Say what it means locally",
                "! 7 bullet points");
    }

    @Test
    void theTerminalIsUtf8AsTheLocaleSaysElseAsTheJvmSays() {
        assertThat(LetterCheckOptions.unicodeTerminal(Map.of("LANG", "en_GB.UTF-8"), "")).isTrue();
        assertThat(LetterCheckOptions.unicodeTerminal(Map.of("LC_ALL", "C", "LANG", "en_GB.UTF-8"), "UTF-8")).isFalse();
        assertThat(LetterCheckOptions.unicodeTerminal(Map.of("LC_CTYPE", "C.utf8"), "")).isTrue();
        assertThat(LetterCheckOptions.unicodeTerminal(Map.of("LANG", "en_GB.ISO-8859-1"), "UTF-8")).isFalse();
        assertThat(LetterCheckOptions.unicodeTerminal(Map.of(), "Cp1252")).isFalse();
        assertThat(LetterCheckOptions.unicodeTerminal(Map.of(), "UTF-8")).isTrue();
    }
}
