package org.dearmp.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dearmp.history.FollowUpKind;
import org.dearmp.history.LetterSent;
import org.dearmp.history.SentAs;
import org.dearmp.letter.Sender;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.SavedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follow-up's first letter comes from the history as listed, or is read off the FX thread, never on it. */
@DataTest
class FollowUpStartTest {
    @TempDir
    Path home;

    private static final Sender SAM = new Sender("Sam Jones", List.of("1 High Street"), "SW1A 0AA", "", "");

    private SavedLetter sent(WizardViewModel wizard, String subject, String followUpOf) throws IOException {
        LetterDraft draft = new LetterDraft("SW1A 0AA", "E14001172", "laws", SAM, List.of("Fund the centre."), "",
                Step.SEND.ordinal(), java.time.Instant.parse("2026-11-27T21:40:00Z"), followUpOf);
        return wizard.recentLetters().saveSent(null, "Rachel Blake", "Cities of London and Westminster",
                "Stronger laws", draft, new LetterSent(LocalDate.of(2026, 11, 27), SentAs.POST, "laws", subject,
                        "Will you act?", followUpOf));
    }

    @Test
    void aFollowUpStartsFromTheLetterTheHistoryListedWithoutReadingItsFileAgain() throws IOException {
        WizardViewModel wizard = new WizardFixture(home).create();
        SavedLetter first = sent(wizard, "Stronger laws", null);
        // Gone from the disk: had the wizard read it again (on the FX thread), it would find no first letter.
        Files.delete(home.resolve("letters").resolve(first.id() + ".json"));

        wizard.startFollowUp(first, FollowUpKind.NO_REPLY);

        assertThat(wizard.letter().firstLetterProperty().get().subject()).isEqualTo("Stronger laws");
        assertThat(wizard.snapshot().followUpOf()).isEqualTo(first.id());
        assertThat(wizard.letter().nameProperty().get()).isEqualTo("Sam Jones");
    }

    @Test
    void reopeningAFollowUpReadsItsFirstLetterOnTheBackgroundExecutor() throws IOException {
        WizardFixture fixture = new WizardFixture(home);
        HeldExecutor background = new HeldExecutor();
        fixture.executor = background;
        WizardViewModel wizard = fixture.create();
        SavedLetter first = sent(wizard, "Stronger laws", null);
        SavedLetter followUp = sent(wizard, "Following up", first.id());

        wizard.reopen(followUp);
        assertThat(background.waiting()).as("the first letter's file is read in the background").isEqualTo(1);
        assertThat(wizard.letter().pointTexts()).as("filled once it is read, all at once").isEmpty();

        background.runAll();
        assertThat(wizard.letter().firstLetterProperty().get().subject()).isEqualTo("Stronger laws");
        assertThat(wizard.letter().pointTexts()).containsExactly("Fund the centre.");
        assertThat(wizard.snapshot().followUpOf()).isEqualTo(first.id());
    }
}
