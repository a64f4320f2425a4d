package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.MovableClock;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.userdata.SavedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import org.dearmp.store.Mappers;

/** The letter history on the command line: letters kept, replies recorded, follow-ups due and written. */
class LettersCommandTest {
    /** In Ynys Môn, whose MP is Llinos Medi. */
    private static final String YNYS_MON = "LL58 8AA";

    @TempDir
    Path home;
    @TempDir
    Path out;

    private final MovableClock clock = MovableClock.fromFixed();
    private AppContext context;

    private CliRun run(String... args) {
        if (context == null) {
            context = AppContext.forFolder(new AppDataFolder(home), clock);
        }
        return CliRun.in(context, args);
    }

    private CliRun letter(String... extra) {
        List<String> args = new ArrayList<>(List.of("letter", "--postcode", YNYS_MON, "--template", "stronger-laws",
                "--name", "Sam Writer", "--address", "1 Stryd Fawr", "--point", "It matters to me here.",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private String onlyId() {
        List<SavedLetter> sent = context.recentLetters().sent();
        assertThat(sent).hasSize(1);
        return sent.get(0).id();
    }

    @Test
    void aLetterWrittenIsKeptAndListedWithItsSubjectAndWhenToAsk() {
        CliRun written = letter();
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).contains("Kept in your letter history as " + onlyId().substring(0, 8));

        CliRun list = run("letters");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains(onlyId().substring(0, 8), "27 November 2026", "Llinos Medi", "Ynys Môn",
                "Posted", "no reply recorded", "ask 11 December 2026");
    }

    @Test
    void anEmptyAttachmentNameIsRefusedPlainly() {
        letter();
        CliRun reply = run("letters", "reply", onlyId(), "--outcome", "answered", "--attach", "");

        assertThat(reply.exitCode()).isEqualTo(2);
        assertThat(reply.err()).contains("--attach needs the name of the reply's file");
        assertThat(context.recentLetters().sent().get(0).reply()).as("nothing recorded").isNull();
    }

    @Test
    void aSeatIsNamedInTheHistoryAsTheAppNamesIt() {
        // Gower / Gŵyr: the app keeps a seat's name, not the name with its Welsh one, so both list it alike.
        CliRun written = run("letter", "--postcode", "SA3 5DD", "--template", "stronger-laws", "--name", "Sam Writer",
                "--out", out.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();

        assertThat(context.recentLetters().sent()).singleElement()
                .extracting(SavedLetter::constituencyName).isEqualTo("Gower");
    }

    @Test
    void theHistoryOfALetterFromTheCommandLineKeepsNoNameAddressPostcodeOrWords() throws IOException {
        letter("--story", "My cousin was trafficked");
        String kept;
        try (var files = Files.list(home.resolve("letters"))) {
            kept = Files.readString(files.findFirst().orElseThrow());
        }
        assertThat(kept).contains("W07000112", "stronger-laws")
                .doesNotContain("Sam Writer", "Stryd Fawr", "LL58", "It matters to me", "My cousin");
    }

    @Test
    void noHistoryKeepsNothingAndNeitherDoesTheSetting() throws IOException {
        assertThat(letter("--no-history").exitCode()).isZero();
        assertThat(home.resolve("letters")).doesNotExist();

        new SettingsStore(new AppDataFolder(home)).save(new SettingsStore(new AppDataFolder(home)).load()
                .withHistoryOff(true));
        CliRun written = letter("--format", "txt");
        assertThat(written.exitCode()).isZero();
        assertThat(written.out()).doesNotContain("letter history");
        assertThat(home.resolve("letters")).doesNotExist();
        assertThat(run("letters").out()).contains("No letters in your history yet");
    }

    @Test
    void dueListsALetterAfterFourteenDaysAndNotBefore() {
        letter();
        assertThat(run("letters", "due", "--as-of", "2026-12-10").out()).contains("No letter needs you");
        CliRun due = run("letters", "due", "--as-of", "11/12/2026");
        assertThat(due.out()).contains(onlyId().substring(0, 8), "ask 11 December 2026");

        clock.moveOnDays(15);
        assertThat(run("letters", "due").out()).contains(onlyId().substring(0, 8));
        // Four weeks on with nothing recorded, the follow-up is what is due.
        assertThat(run("letters", "due", "--as-of", "2027-01-06").out()).contains("follow up 25 December 2026")
                .doesNotContain("ask 11 December");
    }

    @Test
    void anAnsweredLetterIsNeverDueAndJsonSaysSo() {
        letter();
        clock.moveOnDays(5);
        CliRun reply = run("letters", "reply", onlyId().substring(0, 8), "--outcome", "answered", "--on", "2026-12-01",
                "--note", "A full answer");
        assertThat(reply.exitCode()).as(reply.err()).isZero();
        assertThat(reply.out()).contains("Answered").doesNotContain("replaces");
        CliRun again = run("letters", "reply", onlyId().substring(0, 8), "--outcome", "not-answered");
        assertThat(again.out()).contains("This replaces what was recorded before: Answered.");
        run("letters", "reply", onlyId().substring(0, 8), "--outcome", "answered", "--on", "2026-12-01");
        assertThat(run("letters", "due", "--as-of", "2027-06-01").out()).contains("No letter needs you");

        JsonNode json = Mappers.json().readTree(run("letters", "--json").out());
        assertThat(json.isArray()).isTrue();
        JsonNode first = json.get(0);
        assertThat(first.get("id").asString()).isEqualTo(onlyId());
        assertThat(first.get("outcome").asString()).isEqualTo("answered");
        assertThat(first.get("repliedOn").asString()).isEqualTo("2026-12-01");
        assertThat(first.get("sentAs").asString()).isEqualTo("post");
        assertThat(first.get("seat").asString()).isEqualTo("Ynys Môn");
        assertThat(first.get("followUpDue").isNull()).isTrue();
    }

    @Test
    void anUnknownOutcomeIsRefusedWithTheFiveListed() {
        letter();
        CliRun reply = run("letters", "reply", onlyId().substring(0, 8), "--outcome", "replied");
        assertThat(reply.exitCode()).isEqualTo(2);
        assertThat(reply.err()).contains("\"replied\" is not an outcome",
                "answered, not-answered, acknowledged, not-expected, none").doesNotContain("Exception");
        assertThat(context.recentLetters().sent().get(0).reply()).isNull();
    }

    @Test
    void badIdsAndDatesGetPlainMessages() {
        letter();
        CliRun unknown = run("letters", "reply", "ffffffff", "--outcome", "none");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No letter in your history has an id starting \"ffffffff\"");
        CliRun badDate = run("letters", "due", "--as-of", "31/02/2026");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--as-of needs a date", "\"31/02/2026\" is not one").doesNotContain("Exception");
        CliRun noFile = run("letters", "reply", onlyId(), "--outcome", "none", "--attach", out.resolve("nope.pdf").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("There is no file at");
    }

    @Test
    void aFollowUpNamesTheFirstLettersDateSubjectAndAskAndIsKeptAsItsFollowUp() throws IOException {
        letter();
        String firstId = onlyId();
        clock.moveOnDays(15);
        assertThat(run("letters", "reply", firstId.substring(0, 8), "--outcome", "acknowledged").exitCode()).isZero();

        Path followUp = out.resolve("follow-up.pdf");
        CliRun noName = run("letter", "--follow-up", firstId.substring(0, 8), "--out", followUp.toString());
        assertThat(noName.exitCode()).isEqualTo(2);
        assertThat(noName.err()).contains("--name");
        CliRun noAddress = run("letter", "--follow-up", firstId.substring(0, 8), "--name", "Sam Writer", "--no-history",
                "--out", out.resolve("no-address.pdf").toString());
        assertThat(noAddress.exitCode()).as(noAddress.err()).isZero();
        assertThat(noAddress.out()).contains("This follow-up has no address: your letter history keeps none.");
        CliRun written = run("letter", "--follow-up", firstId.substring(0, 8), "--name", "Sam Writer",
                "--address", "1 Stryd Fawr", "--out", followUp.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        SavedLetter first = context.recentLetters().get(firstId).orElseThrow();
        try (PdfInspector pdf = new PdfInspector(Files.readAllBytes(followUp))) {
            String text = pdf.allText().replaceAll("\\s+", " ");
            assertThat(text).contains("Following up my letter of 27 November 2026", "27 November 2026",
                    first.sent().subject(), first.sent().ask().replaceAll("\\s+", " "), "Sam Writer", "1 Stryd Fawr",
                    "Llinos Medi");
        }
        assertThat(context.recentLetters().sent()).hasSize(2)
                .anySatisfy(l -> assertThat(l.sent().followUpOf()).isEqualTo(firstId));
        assertThat(run("letters", "due", "--as-of", "2027-01-01").out()).doesNotContain(firstId.substring(0, 8));
    }

    @Test
    void aLetterWithoutItsOptionsSaysWhatIsMissing() {
        CliRun run = run("letter", "--template", "stronger-laws");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--postcode", "--name", "--follow-up");
    }

    @Test
    void aWelshLetterIsFollowedUpInWelshAndOnlyAFollowUpTemplateWillDo() throws IOException {
        CliRun first = run("letter", "--postcode", YNYS_MON, "--template", "stronger-laws-cy", "--name", "Siân Evans",
                "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        String id = onlyId().substring(0, 8);

        CliRun wrong = run("letter", "--follow-up", id, "--template", "own-words", "--name", "Siân Evans",
                "--out", out.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("\"own-words\" is not a follow-up template", "follow-up-no-reply");

        Path followUp = out.resolve("dilynol.pdf");
        CliRun written = run("letter", "--follow-up", id, "--name", "Siân Evans", "--out", followUp.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        try (PdfInspector pdf = new PdfInspector(Files.readAllBytes(followUp))) {
            String text = pdf.allText().replaceAll("\\s+", " ");
            assertThat(text).contains("Yn dilyn fy llythyr dyddiedig 27 Tachwedd 2026", "Annwyl", "Yn gywir",
                    "Tŷ'r Cyffredin").doesNotContain("Dear ", "Yours sincerely");
        }
    }
}
