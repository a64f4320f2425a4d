package org.dearmp.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending, keeping, discarding and erasing write nothing on the FX thread: the files change only when the
 * background executor runs, in the order the user decided, and a draft save still waiting never brings back a
 * draft that was dropped or erased.
 */
@DataTest
class WizardWritesInOrderTest {
    @TempDir
    Path home;
    private WizardFixture fixture;
    private final HeldExecutor background = new HeldExecutor();
    private final HeldDebouncer debouncer = new HeldDebouncer();
    private WizardViewModel vm;

    /** Holds each delayed save until the test lets the timer go off ({@link #fire}); a flush runs them too. */
    private static final class HeldDebouncer implements Debouncer {
        private final Map<String, Runnable> waiting = new LinkedHashMap<>();

        @Override
        public void submit(String key, Runnable action) {
            waiting.remove(key);
            waiting.put(key, action);
        }

        @Override
        public void flush() {
            fire();
        }

        void fire() {
            List<Runnable> now = new ArrayList<>(waiting.values());
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new WizardFixture(home);
        fixture.executor = background;
        vm = fixture.create(debouncer);
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

    private List<SavedLetter> recent() {
        return new RecentLetters(fixture.folder).list();
    }

    private java.util.Optional<LetterDraft> draftOnDisk() {
        return new DraftStore(fixture.folder).load();
    }

    /** Letters can no longer be kept: where their folder goes is a file. */
    private void lettersCannotBeKept() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("letters"), "not a folder");
    }

    @Test
    void aSentLetterIsKeptOnlyWhenTheBackgroundRunsAndItsDraftDroppedAfterIt() {
        writeALetter();
        debouncer.fire();
        vm.goTo(Step.SEND);

        vm.send().copyToClipboard();

        assertThat(recent()).as("nothing written on the FX thread").isEmpty();
        assertThat(draftOnDisk()).as("the crash copy stays until the letter is kept").isPresent();
        assertThat(vm.hasUnkeptLetter()).as("decided at once: a second send replaces the same entry").isFalse();

        background.runAll();

        assertThat(recent()).singleElement().satisfies(l -> assertThat(l.unfinished()).isFalse());
        assertThat(draftOnDisk()).isEmpty();
    }

    @Test
    void aSentLetterThatCannotBeKeptLeavesItsDraft() throws Exception {
        writeALetter();
        debouncer.fire();
        vm.goTo(Step.SEND);
        vm.send().copyToClipboard();
        lettersCannotBeKept();
        assertThat(fixture.errors).as("nothing is known yet on the FX thread").isEmpty();

        background.runAll();

        assertThat(draftOnDisk()).map(LetterDraft::story).contains("I volunteer at a night shelter.");
        assertThat(vm.hasUnkeptLetter()).as("not kept after all").isTrue();
        assertThat(fixture.errors).as("the user is told, in plain words").singleElement()
                .satisfies(error -> assertThat(Status.userMessage(error))
                        .startsWith("Your letter has gone, but it could not be kept in Recent letters.")
                        .contains("nothing has been lost"));
        assertThat(vm.letter().storyProperty().get()).as("still on screen").isEqualTo("I volunteer at a night shelter.");
    }

    @Test
    void keepingWritesInTheBackgroundAndOnlyThenGoesOn() {
        writeALetter();
        boolean[] kept = {false};

        vm.keepUnfinished(() -> kept[0] = true, WizardFixture::fail);

        assertThat(kept[0]).isFalse();
        assertThat(recent()).isEmpty();
        background.runAll();
        assertThat(kept[0]).isTrue();
        assertThat(recent()).singleElement().satisfies(l -> {
            assertThat(l.unfinished()).isTrue();
            assertThat(l.draft().story()).isEqualTo("I volunteer at a night shelter.");
        });
    }

    @Test
    void aLetterThatCannotBeKeptIsSaidAndStaysUnkept() throws Exception {
        writeALetter();
        lettersCannotBeKept();
        List<Throwable> notKept = new ArrayList<>();
        boolean[] kept = {false};

        vm.keepUnfinished(() -> kept[0] = true, notKept::add);
        background.runAll();

        assertThat(kept[0]).isFalse();
        assertThat(notKept).hasSize(1);
        assertThat(vm.hasUnkeptLetter()).as("a new letter would still ask first").isTrue();
    }

    @Test
    void aDraftSaveStillWaitingWhenTheDraftIsDroppedDoesNotBringItBack() {
        writeALetter();
        debouncer.fire();
        vm.letter().storyProperty().set("I volunteer at a night shelter. More words.");

        vm.startNew();
        assertThat(draftOnDisk()).as("dropped in the background, not on the FX thread").isPresent();
        background.runAll();
        // The timer goes off late, after the drop: the save queued before it writes no draft.
        debouncer.fire();

        assertThat(draftOnDisk()).isEmpty();
        assertThat(new SettingsStore(fixture.folder).load().sender().name()).as("the sender is still remembered")
                .isEqualTo("Sam Jones");
    }

    @Test
    void aLetterTypedAfterTheDropIsNotRemovedByIt() {
        writeALetter();
        debouncer.fire();

        vm.startNew();
        vm.postcode().inputProperty().set("SW1A 1AA");
        vm.letter().storyProperty().set("A new letter.");
        // The new letter's save lands before the drop decided earlier has run.
        debouncer.fire();
        background.runAll();

        assertThat(draftOnDisk()).map(LetterDraft::story).contains("A new letter.");
    }

    @Test
    void theLetterFromLastTimeIsKeptForLaterInTheBackground() {
        writeALetter();
        debouncer.fire();
        WizardViewModel next = fixture.create(debouncer);
        LetterDraft draft = next.unfinishedDraft().orElseThrow();

        next.keepForLater(draft, WizardFixture::fail);

        assertThat(recent()).isEmpty();
        assertThat(draftOnDisk()).isPresent();
        background.runAll();
        assertThat(recent()).singleElement().satisfies(l -> assertThat(l.unfinished()).isTrue());
        assertThat(draftOnDisk()).isEmpty();
    }

    @Test
    void erasingRunsInTheBackgroundAndNoSaveQueuedBeforeItWritesAfterIt() {
        writeALetter();
        debouncer.fire();
        vm.keepUnfinished(() -> { }, WizardFixture::fail);
        background.runAll();
        vm.letter().storyProperty().set("Words still waiting to be saved.");
        vm.setFontScale(1.5);
        boolean[] done = {false};

        vm.eraseAllData(false, () -> done[0] = true, WizardFixture::fail);

        assertThat(vm.letter().nameProperty().get()).as("the window forgets at once").isEmpty();
        assertThat(recent()).as("nothing erased on the FX thread").hasSize(1);
        assertThat(done[0]).isFalse();
        assertThat(vm.writingProperty().get()).isTrue();

        background.runAll();
        debouncer.fire();
        vm.close();

        assertThat(done[0]).isTrue();
        assertThat(vm.writingProperty().get()).isFalse();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void closingTheWindowWritesWhatWasDecidedBeforeTheAppStops() {
        writeALetter();
        debouncer.fire();
        vm.goTo(Step.SEND);
        vm.send().copyToClipboard();

        vm.close();

        assertThat(recent()).singleElement().satisfies(l -> assertThat(l.unfinished()).isFalse());
        assertThat(draftOnDisk()).isEmpty();
    }
}
