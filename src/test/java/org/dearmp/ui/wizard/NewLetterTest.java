package org.dearmp.ui.wizard;

import org.dearmp.testsupport.WizardFixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.dearmp.testsupport.DataTest;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.ui.recent.RecentLettersViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new letter never silently drops the one being written: it is kept in Recent letters or discarded. */
@DataTest
class NewLetterTest {
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
        vm.letter().storyProperty().set("I volunteer at a night shelter.");
    }

    private RecentLettersViewModel recent() {
        return new RecentLettersViewModel(new RecentLetters(fixture.folder), vm, ZoneOffset.UTC);
    }

    @Test
    void aBlankLetterNeedsNoQuestion() {
        assertThat(vm.hasUnkeptLetter()).isFalse();
        vm.letter().nameProperty().set("Sam Jones");
        assertThat(vm.hasUnkeptLetter()).as("the sender alone is remembered anyway").isFalse();
    }

    @Test
    void aKeptLetterReopensFromRecentLettersWithEverythingTyped() throws Exception {
        writeALetter();
        assertThat(vm.hasUnkeptLetter()).isTrue();
        assertThat(vm.describeUnkept()).contains("Rachel Blake");

        vm.keepUnfinished(() -> { }, WizardFixture::fail);
        vm.startNew();
        assertThat(vm.letter().storyProperty().get()).isEmpty();
        assertThat(vm.unfinishedDraft()).isEmpty();

        RecentLettersViewModel list = recent();
        assertThat(list.letters()).singleElement().satisfies(l -> {
            assertThat(l.unfinished()).isTrue();
            assertThat(list.status(l)).isEqualTo("Not finished");
            assertThat(l.mpName()).isEqualTo("Rachel Blake");
        });
        list.selectedProperty().set(list.letters().get(0));
        list.reopen();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.LETTER);
        assertThat(vm.postcode().inputProperty().get()).isEqualTo("SW1A 0AA");
        assertThat(vm.templates().selectedProperty().get().id()).isEqualTo("laws");
        assertThat(vm.letter().nameProperty().get()).isEqualTo("Sam Jones");
        assertThat(vm.letter().pointTexts()).containsExactly("The local drop-in needs funding.");
        assertThat(vm.letter().storyProperty().get()).isEqualTo("I volunteer at a night shelter.");
        assertThat(vm.hasUnkeptLetter()).as("reopened and not changed").isFalse();
    }

    @Test
    void keepingAReopenedUnfinishedLetterAgainUpdatesItsOwnEntryAndFinishingItMarksItFinished() throws Exception {
        writeALetter();
        vm.keepUnfinished(() -> { }, WizardFixture::fail);
        vm.startNew();
        SavedLetter kept = new RecentLetters(fixture.folder).list().get(0);

        vm.reopen(kept);
        vm.letter().storyProperty().set("I have volunteered at a night shelter for years.");
        assertThat(vm.hasUnkeptLetter()).isTrue();
        vm.keepUnfinished(() -> { }, WizardFixture::fail);
        assertThat(new RecentLetters(fixture.folder).list()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(kept.id());
            assertThat(l.draft().story()).isEqualTo("I have volunteered at a night shelter for years.");
        });

        vm.goTo(Step.SEND);
        vm.send().copyToClipboard();
        assertThat(new RecentLetters(fixture.folder).list()).singleElement()
                .satisfies(l -> assertThat(l.unfinished()).isFalse());
        assertThat(vm.hasUnkeptLetter()).as("just finished and kept").isFalse();
    }

    @Test
    void keepingAChangedFinishedLetterNeverOverwritesTheFinishedOne() throws Exception {
        writeALetter();
        vm.goTo(Step.SEND);
        vm.send().copyToClipboard();
        SavedLetter finished = new RecentLetters(fixture.folder).list().get(0);
        vm.startNew();

        vm.reopen(finished);
        vm.letter().storyProperty().set("A second thought.");
        vm.keepUnfinished(() -> { }, WizardFixture::fail);

        assertThat(new RecentLetters(fixture.folder).list()).hasSize(2)
                .anySatisfy(l -> {
                    assertThat(l.id()).isEqualTo(finished.id());
                    assertThat(l.unfinished()).isFalse();
                    assertThat(l.draft().story()).isEqualTo("I volunteer at a night shelter.");
                })
                .anySatisfy(l -> {
                    assertThat(l.unfinished()).isTrue();
                    assertThat(l.draft().story()).isEqualTo("A second thought.");
                });
    }

    @Test
    void erasingCanKeepTheSavedTemplates() throws Exception {
        writeALetter();
        vm.keepUnfinished(() -> { }, WizardFixture::fail);
        java.nio.file.Path template = fixture.folder.folder("templates").resolve("mine.txt");
        java.nio.file.Files.writeString(template, "x");

        vm.eraseAllData(true, () -> { }, WizardFixture::fail);

        assertThat(template).exists();
        assertThat(new RecentLetters(fixture.folder).list()).isEmpty();
        assertThat(vm.unfinishedDraft()).isEmpty();
        assertThat(vm.letter().nameProperty().get()).isEmpty();
    }

    @Test
    void reopeningAnotherLetterWaitsUntilTheWindowSaysTheOneOnScreenIsSafe() throws Exception {
        writeALetter();
        vm.keepUnfinished(() -> { }, WizardFixture::fail);
        vm.startNew();
        vm.postcode().inputProperty().set("SW1A 1AA");
        RecentLettersViewModel list = recent();
        list.selectedProperty().set(list.letters().get(0));

        list.setBeforeReopen(next -> false);
        list.reopen();
        assertThat(vm.postcode().inputProperty().get()).as("the user went back to their letter").isEqualTo("SW1A 1AA");

        list.setBeforeReopen(org.dearmp.ui.wizard.BeforeAnotherLetter.NOTHING_TO_ASK);
        list.reopen();
        assertThat(vm.postcode().inputProperty().get()).isEqualTo("SW1A 0AA");
    }

    @Test
    void theLetterFromLastTimeCanBeKeptForLaterWithoutOpeningIt() throws Exception {
        writeALetter();
        WizardViewModel next = fixture.create();
        var draft = next.unfinishedDraft().orElseThrow();

        next.keepForLater(draft, WizardFixture::fail);

        assertThat(next.unfinishedDraft()).isEmpty();
        assertThat(next.letter().storyProperty().get()).isEmpty();
        assertThat(new RecentLetters(fixture.folder).list()).singleElement().satisfies(l -> {
            assertThat(l.unfinished()).isTrue();
            assertThat(l.mpName()).isEqualTo("Rachel Blake");
            assertThat(l.templateTitle()).isNotBlank();
            assertThat(l.draft().story()).isEqualTo("I volunteer at a night shelter.");
        });
    }
}
