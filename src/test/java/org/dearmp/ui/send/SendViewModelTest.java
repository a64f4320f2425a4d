package org.dearmp.ui.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.ui.wizard.Step;
import org.dearmp.ui.wizard.WizardFixture;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendViewModelTest {
    @TempDir
    Path home;
    private WizardFixture fixture;
    private WizardViewModel wizard;
    private SendViewModel vm;

    @BeforeEach
    void setUp() {
        fixture = new WizardFixture(home);
        wizard = fixture.create();
        wizard.postcode().inputProperty().set("SW1A 0AA");
        wizard.templates().select("laws");
        wizard.letter().nameProperty().set("Sam Jones");
        wizard.goTo(Step.SEND);
        vm = wizard.send();
    }

    @Test
    void savingAddsTheExtensionAndSaysWhereTheFileWent() {
        fixture.nextSaveAnswer = Optional.of(home.resolve("my letter"));
        vm.saveText();
        assertThat(home.resolve("my letter.txt")).exists();
        assertThat(vm.lastFileProperty().get()).isEqualTo(home.resolve("my letter.txt"));
        assertThat(vm.statusProperty().get()).contains("my letter.txt", home.toString());
        vm.openFolder();
        assertThat(fixture.opened).containsExactly(home.toString());
    }

    @Test
    void cancellingTheChooserSavesNothing() {
        fixture.nextSaveAnswer = Optional.empty();
        vm.saveEml();
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.lastFileProperty().get()).isNull();
    }

    @Test
    void theSuggestedNameSaysWhoTheLetterIsTo() {
        var letter = wizard.letter().composedProperty().get().letter();
        assertThat(vm.suggestedName(letter, "pdf")).isEqualTo("Letter to Rachel Blake MP 2026-11-27.pdf");
    }

    @Test
    void mailOpensAMailtoLinkWhenTheLetterFits() {
        vm.openInMail();
        assertThat(fixture.opened).containsExactly("mailto:rachel.blake.mp@parliament.uk");
        assertThat(vm.statusProperty().get()).contains("mail app");
    }

    @Test
    void mailFallsBackToAnEmlFileWhenTheLetterIsTooLongForALink() {
        wizard.letter().nameProperty().set("Sam Jones ".repeat(30));
        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.eml"));
        vm.openInMail();
        assertThat(home.resolve("letter.eml")).exists();
        assertThat(fixture.opened).containsExactly(home.resolve("letter.eml").toUri().toString());
        assertThat(vm.statusProperty().get()).contains("too long", "letter.eml");
    }

    @Test
    void anMpWithoutEmailIsSaidPlainly() {
        wizard.postcode().choose(wizard.services().parliament().constituency("N05000018").orElseThrow());
        assertThat(vm.hasEmailProperty().get()).isFalse();
        assertThat(vm.emailNoteProperty().get()).contains("no email address");
        vm.openInMail();
        assertThat(fixture.opened).isEmpty();
    }

    @Test
    void copyPutsTheLetterOnTheClipboard() {
        vm.copyToClipboard();
        assertThat(fixture.clipboard).singleElement().asString().contains("Dear Ms Blake");
        assertThat(vm.statusProperty().get()).contains("clipboard");
    }
}
