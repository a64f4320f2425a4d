package org.dearmp.ui.wizard;

import org.dearmp.testsupport.WizardFixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dearmp.letter.Sender;
import org.dearmp.testsupport.DataTest;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class WizardViewModelTest {
    @TempDir
    Path home;
    private WizardFixture fixture;
    private WizardViewModel vm;

    @BeforeEach
    void setUp() {
        fixture = new WizardFixture(home);
        vm = fixture.create();
    }

    private void writeALetter() {
        vm.postcode().inputProperty().set("SW1A 0AA");
        vm.next();
        vm.next();
        vm.templates().select("laws");
        vm.next();
        vm.letter().nameProperty().set("Sam Jones");
        vm.letter().addPoint("The local drop-in needs funding.");
        vm.letter().addPoint("Survivors need safe houses.");
    }

    @Test
    void nextWaitsForEachStepToBeComplete() {
        assertThat(vm.canGoNextProperty().get()).isFalse();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.POSTCODE);
        vm.postcode().inputProperty().set("SW1A 0AA");
        assertThat(vm.canGoNextProperty().get()).isTrue();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MP);
        vm.next();
        assertThat(vm.canGoNextProperty().get()).as("no template chosen yet").isFalse();
        assertThat(vm.canVisit(Step.LETTER)).isFalse();
    }

    @Test
    void goingBackLosesNothing() {
        writeALetter();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.LETTER);
        vm.back();
        vm.back();
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.POSTCODE);
        assertThat(vm.canGoBackProperty().get()).isFalse();
        vm.goTo(Step.LETTER);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.LETTER);
        assertThat(vm.letter().pointTexts()).containsExactly("The local drop-in needs funding.",
                "Survivors need safe houses.");
        assertThat(vm.letter().nameProperty().get()).isEqualTo("Sam Jones");
        assertThat(vm.templates().selectedProperty().get().id()).isEqualTo("laws");
    }

    @Test
    void theDraftIsSavedAsTheUserTypesAndOfferedBackToANewWindow() {
        writeALetter();
        assertThat(vm.draftStatusProperty().get()).contains("21:40");

        WizardViewModel next = fixture.create();
        Optional<LetterDraft> draft = next.unfinishedDraft();
        assertThat(draft).isPresent();
        assertThat(next.describe(draft.get())).contains("Rachel Blake");
        next.restore(draft.get());
        assertThat(next.stepProperty().get()).isEqualTo(Step.LETTER);
        assertThat(next.letter().pointTexts()).hasSize(2);
        assertThat(next.mp().nameProperty().get()).isEqualTo("Rachel Blake");
    }

    @Test
    void aChosenSeatSurvivesTheDraft() {
        vm.postcode().inputProperty().set("BT1 1AA");
        var chosen = vm.postcode().candidates().get(1).constituency();
        vm.postcode().choose(chosen);
        WizardViewModel next = fixture.create();
        next.restore(next.unfinishedDraft().orElseThrow());
        assertThat(next.postcode().constituencyProperty().get()).isEqualTo(chosen);
    }

    @Test
    void theSenderIsRememberedForTheNextLetter() {
        writeALetter();
        vm.letter().addressProperty().set("12 Example Street\nLondon");
        Sender remembered = new SettingsStore(fixture.folder).load().sender();
        assertThat(remembered.name()).isEqualTo("Sam Jones");
        assertThat(remembered.addressLines()).containsExactly("12 Example Street", "London");
        assertThat(fixture.create().letter().nameProperty().get()).isEqualTo("Sam Jones");
    }

    @Test
    void sendingFinishesTheLetter() throws Exception {
        writeALetter();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.SEND);
        fixture.nextSaveAnswer = Optional.of(home.resolve("out/letter"));
        Files.createDirectories(home.resolve("out"));
        vm.send().savePdf();

        assertThat(home.resolve("out/letter.pdf")).exists();
        assertThat(vm.send().statusProperty().get().text()).contains("letter.pdf");
        assertThat(new DraftStore(fixture.folder).load()).as("a finished letter is no draft").isEmpty();
        var recent = new RecentLetters(fixture.folder).list();
        assertThat(recent).hasSize(1);
        assertThat(recent.get(0).mpName()).isEqualTo("Rachel Blake");
        assertThat(recent.get(0).templateTitle()).isEqualTo("Stronger laws");
        assertThat(new SettingsStore(fixture.folder).load().exportFolder()).isEqualTo(home.resolve("out").toString());
    }

    @Test
    void startingANewLetterKeepsTheSenderButClearsTheRest() {
        writeALetter();
        vm.startNew();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.POSTCODE);
        assertThat(vm.postcode().inputProperty().get()).isEmpty();
        assertThat(vm.letter().pointTexts()).isEmpty();
        assertThat(vm.letter().nameProperty().get()).isEqualTo("Sam Jones");
        assertThat(vm.unfinishedDraft()).isEmpty();
    }

    @Test
    void erasingAllDataLeavesNothingBehindAndForgetsTheSender() throws Exception {
        writeALetter();
        vm.next();
        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.pdf"));
        vm.send().savePdf();
        Files.delete(home.resolve("letter.pdf"));

        vm.eraseAllData(false, () -> { }, WizardFixture::fail);

        assertThat(home).isEmptyDirectory();
        assertThat(vm.letter().nameProperty().get()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.POSTCODE);
        assertThat(fixture.create().letter().nameProperty().get()).isEmpty();
    }

    @Test
    void notYourMpGoesBackToTheListOfSeats() {
        vm.postcode().inputProperty().set("SW1A 0AA");
        vm.next();
        vm.correctConstituency();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.POSTCODE);
        assertThat(vm.postcode().allSeatsShownProperty().get()).isTrue();
    }

    @Test
    void aReopenedLetterUpdatesItsOwnEntryInRecentLetters() {
        writeALetter();
        vm.next();
        vm.send().copyToClipboard();
        var saved = new RecentLetters(fixture.folder).list().get(0);

        WizardViewModel later = fixture.create();
        later.reopen(saved);
        later.letter().storyProperty().set("I volunteer at a shelter.");
        later.goTo(Step.SEND);
        later.send().copyToClipboard();

        assertThat(new RecentLetters(fixture.folder).list()).hasSize(1).first()
                .satisfies(l -> assertThat(l.draft().story()).isEqualTo("I volunteer at a shelter."));
        assertThat(fixture.clipboard).hasSize(2);
        assertThat(List.copyOf(fixture.errors)).isEmpty();
    }
}
