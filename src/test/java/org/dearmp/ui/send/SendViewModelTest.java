package org.dearmp.ui.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dearmp.ui.FakeServices;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.task.Job;
import org.dearmp.ui.task.Work;
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

    private FakeServices.TextExporter exporter() {
        return (FakeServices.TextExporter) fixture.services.exporter();
    }

    @Test
    void printingHappensInTheBackgroundThenCountsAsSent() {
        List<Runnable> background = new ArrayList<>();
        List<SendViewModel.Way> sent = new ArrayList<>();
        BackgroundExecutor later = new BackgroundExecutor() {
            @Override
            public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                background.add(() -> new CallingThreadExecutor().submit(work, onSuccess, onFailure));
                return null;
            }

            @Override
            public void shutdown() {
            }
        };
        SendViewModel send = new SendViewModel(wizard.letter().composedProperty(), exporter(),
                (title, initial, name, kind, ext) -> Optional.empty(), null, later, fixture.clock, home, sent::add,
                fixture.errors::add);
        send.print();
        assertThat(exporter().printed).as("nothing printed on the FX thread").isEmpty();
        assertThat(send.busyProperty().get()).isTrue();
        background.forEach(Runnable::run);
        assertThat(exporter().printed).singleElement().isEqualTo(wizard.letter().composedProperty().get().letter());
        assertThat(send.busyProperty().get()).isFalse();
        assertThat(send.statusProperty().get()).contains("sent to the printer");
        assertThat(send.statusFailedProperty().get()).isFalse();
        assertThat(sent).containsExactly(SendViewModel.Way.PRINT);
    }

    @Test
    void withNoPrinterTheStatusSaysSoAsAFailureAndNothingCountsAsSent() {
        exporter().printFailure = new org.dearmp.export.ExportException.NoPrinter();
        vm.print();
        assertThat(vm.statusProperty().get()).isEqualTo("No printer is set up on this computer, so the letter can't be "
                + "printed. Save it as a PDF and print it from another computer.");
        assertThat(vm.statusFailedProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(fixture.errors).isEmpty();
        vm.copyToClipboard();
        assertThat(vm.statusFailedProperty().get()).as("the next status is not a failure").isFalse();
    }

    @Test
    void anUnexpectedPrintingFailureIsAFailureInWordsWithoutItsName() {
        exporter().printFailure = new IllegalStateException("java.awt.HeadlessException");
        vm.print();
        assertThat(vm.statusProperty().get()).isEqualTo("The letter was not printed. Save it as a PDF and print that instead.");
        assertThat(vm.statusFailedProperty().get()).isTrue();
    }

    @Test
    void cancellingThePrintDialogPrintsNothingAndIsNoFailure() {
        exporter().printConfirmed = false;
        vm.print();
        assertThat(exporter().printed).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing was printed.");
        assertThat(vm.statusFailedProperty().get()).isFalse();
    }
}
