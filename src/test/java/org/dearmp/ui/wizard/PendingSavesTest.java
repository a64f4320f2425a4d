package org.dearmp.ui.wizard;

import org.dearmp.testsupport.WizardFixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.dearmp.testsupport.DataTest;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.task.DelayDebouncer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No save waiting in the debouncer is ever dropped: not by a text-size change, not by closing. */
@DataTest
class PendingSavesTest {
    @TempDir
    Path home;
    private WizardFixture fixture;
    private WizardViewModel vm;

    @BeforeEach
    void setUp() {
        fixture = new WizardFixture(home);
        // A pause far longer than the test: nothing is saved unless something flushes it.
        vm = fixture.create(new DelayDebouncer(Duration.ofHours(1)));
    }

    private void typeALetter() {
        vm.postcode().inputProperty().set("SW1A 0AA");
        vm.next();
        vm.next();
        vm.templates().select("laws");
        vm.next();
        vm.letter().nameProperty().set("Sam Jones");
        vm.letter().storyProperty().set("I volunteer at a night shelter.");
    }

    @Test
    void aTextSizeChangeDoesNotReplaceTheWaitingDraftSave() {
        typeALetter();
        vm.setFontScale(1.5);
        vm.close();

        assertThat(new DraftStore(fixture.folder).load()).map(LetterDraft::story)
                .contains("I volunteer at a night shelter.");
        var settings = new SettingsStore(fixture.folder).load();
        assertThat(settings.fontScale()).isEqualTo(1.5);
        assertThat(settings.sender().name()).isEqualTo("Sam Jones");
    }

    @Test
    void typingAfterATextSizeChangeKeepsTheNewSizeAndTheDraft() {
        vm.setFontScale(1.5);
        typeALetter();
        vm.close();

        assertThat(new SettingsStore(fixture.folder).load().fontScale()).isEqualTo(1.5);
        assertThat(new DraftStore(fixture.folder).load()).map(LetterDraft::story)
                .contains("I volunteer at a night shelter.");
    }
}
