package org.dearmp.ui.recent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.ui.wizard.Step;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class RecentLettersViewModelTest {
    @TempDir
    Path home;

    @Test
    void aFinishedLetterCanBeReopenedIntoTheWizardOrDeleted() throws Exception {
        WizardFixture fixture = new WizardFixture(home);
        WizardViewModel wizard = fixture.create();
        wizard.postcode().inputProperty().set("SW1A 0AA");
        wizard.templates().select("laws");
        wizard.letter().nameProperty().set("Sam Jones");
        wizard.letter().addPoint("Fund the drop-in centre.");
        wizard.goTo(Step.SEND);
        wizard.send().copyToClipboard();
        wizard.startNew();
        assertThat(wizard.letter().pointTexts()).isEmpty();

        RecentLettersViewModel vm = new RecentLettersViewModel(wizard.recentLetters(), wizard, ZoneOffset.UTC);
        assertThat(vm.letters()).hasSize(1);
        assertThat(vm.when(vm.letters().get(0))).isEqualTo("27 Nov 2026, 21:40");
        vm.selectedProperty().set(vm.letters().get(0));
        vm.reopen();
        assertThat(wizard.letter().pointTexts()).containsExactly("Fund the drop-in centre.");
        assertThat(wizard.mp().nameProperty().get()).isEqualTo("Rachel Blake");

        vm.delete();
        assertThat(vm.letters()).isEmpty();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(wizard.recentLetters().list()).isEmpty();
    }

    @Test
    void theListIsReadAndALetterDeletedOnlyWhenTheBackgroundExecutorRunsThem() throws Exception {
        WizardFixture fixture = new WizardFixture(home);
        HeldExecutor background = new HeldExecutor();
        fixture.executor = background;
        WizardViewModel wizard = fixture.create();
        wizard.postcode().inputProperty().set("SW1A 0AA");
        wizard.templates().select("laws");
        wizard.letter().nameProperty().set("Sam Jones");
        wizard.goTo(Step.SEND);
        wizard.send().copyToClipboard();
        background.runAll();

        RecentLettersViewModel vm = new RecentLettersViewModel(wizard.recentLetters(), wizard, ZoneOffset.UTC);
        assertThat(vm.letters()).as("not read on the FX thread").isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("Reading your letters\u2026");
        assertThat(vm.loadedProperty().get()).as("the dialog waits for it to show the letters").isFalse();
        background.runAll();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.letters()).hasSize(1);
        assertThat(vm.placeholderProperty().get()).startsWith("No letters yet");

        vm.selectedProperty().set(vm.letters().get(0));
        vm.delete();
        assertThat(wizard.recentLetters().list()).as("not deleted on the FX thread").hasSize(1);
        background.runAll();
        assertThat(wizard.recentLetters().list()).isEmpty();
        assertThat(vm.letters()).isEmpty();
    }
}
