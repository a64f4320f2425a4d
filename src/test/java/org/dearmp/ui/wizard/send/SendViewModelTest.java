package org.dearmp.ui.wizard.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.common.Status;
import java.util.function.Consumer;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.FakeServices;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.task.Job;
import org.dearmp.ui.task.Work;
import org.dearmp.ui.wizard.Step;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
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

    private Status status() {
        return vm.statusProperty().get();
    }

    private int recentLetters() {
        return new RecentLetters(fixture.folder).list().size();
    }

    @Test
    void savingAddsTheExtensionAndSaysWhereTheFileWent() {
        fixture.nextSaveAnswer = Optional.of(home.resolve("my letter"));
        vm.saveText();
        assertThat(home.resolve("my letter.txt")).exists();
        assertThat(vm.lastFileProperty().get()).isEqualTo(home.resolve("my letter.txt"));
        assertThat(status().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(status().text()).contains("my letter.txt", home.toString());
        vm.openFolder();
        assertThat(fixture.opened).containsExactly(home.toString());
    }

    @Test
    void eachWayAsksToSaveItsOwnKindOfFile() {
        vm.savePdf();
        vm.saveText();
        assertThat(fixture.dialogs.fileRequests).extracting(r -> r.kind(), r -> r.fileKind())
                .containsExactly(tuple("save", FileKind.PDF), tuple("save", FileKind.TEXT));
        assertThat(fixture.dialogs.fileRequests.get(0).suggestedName()).endsWith(".pdf");
        assertThat(fixture.dialogs.fileRequests.get(1).suggestedName()).endsWith(".txt");
    }

    @Test
    void cancellingTheChooserSaysNotSavedInTheCancelStyle() {
        fixture.nextSaveAnswer = Optional.empty();
        vm.saveEml();
        assertThat(status()).isEqualTo(Status.cancelled("Not saved: you cancelled."));
        assertThat(vm.lastFileProperty().get()).isNull();
        assertThat(recentLetters()).isZero();
    }

    @Test
    void aFailedSaveSaysWhyInTheFailureStyleWithoutAnErrorDialog() {
        fixture.nextSaveAnswer = Optional.of(home.resolve("no-such-folder/letter.txt"));
        vm.saveText();
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(status().text()).startsWith("Not saved: ").doesNotContain("Exception");
        assertThat(fixture.errors).as("a file error is explained in the status; no stack-trace dialog").isEmpty();
        assertThat(vm.lastFileProperty().get()).isNull();
        assertThat(recentLetters()).isZero();
    }

    @Test
    void aFileErrorAboutTheTemporaryFileSaysTheReasonNotTheTemporaryName() {
        exporter().writeFailure = new java.nio.file.AccessDeniedException("/sys/.x.txt.2hodbym3656b5.part");
        fixture.nextSaveAnswer = Optional.of(home.resolve("x.txt"));
        vm.saveText();
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(status().text()).contains("permission denied").doesNotContain(".part", "Exception");
    }

    @Test
    void aPdfThatCouldNotBeSavedSaysWhichFileInWhichFolderAndWhy() {
        Path target = home.resolve("x.pdf");
        exporter().writeFailure = null;
        org.dearmp.export.ExportException failure = new org.dearmp.export.ExportException.WriteFailed(target,
                new java.nio.file.AccessDeniedException(home.resolve(".x.pdf.3am5atv7kiozr.part").toString()));
        assertThat(Status.userMessage(failure))
                .isEqualTo("Could not save x.pdf in " + home + ": permission denied");
    }

    @Test
    void startingAnActionClearsTheLastOnesMessageAndFolder() {
        fixture.nextSaveAnswer = Optional.of(home.resolve("no-such-folder/letter.txt"));
        vm.saveText();
        vm.copyToClipboard();
        assertThat(status().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(status().text()).contains("clipboard");

        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.pdf"));
        vm.savePdf();
        assertThat(vm.lastFileProperty().get()).isNotNull();
        fixture.nextSaveAnswer = Optional.empty();
        vm.saveText();
        assertThat(status().kind()).isEqualTo(Status.Kind.CANCELLED);
        assertThat(vm.lastFileProperty().get()).as("no Open folder for a file this action did not save").isNull();
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
        assertThat(status().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(status().text()).contains("mail app");
        assertThat(recentLetters()).isEqualTo(1);
    }

    @Test
    void whenNoMailAppCanBeOpenedItSaysSoAndOffersTheEmailFile() {
        fixture.nextOpen = DesktopActions.Opened.UNSUPPORTED;
        vm.openInMail();
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(status().text()).startsWith("Not opened").contains("email file");
        assertThat(vm.offerEmlProperty().get()).isTrue();
        assertThat(recentLetters()).as("nothing was sent").isZero();

        fixture.nextOpen = DesktopActions.Opened.FAILED;
        vm.openInMail();
        assertThat(status().text()).startsWith("Not opened").contains("did not start");
    }

    @Test
    void aLetterTooLongForALinkSaysSoAndOffersTheEmailFile() {
        wizard.letter().nameProperty().set("Sam Jones ".repeat(30));
        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.eml"));
        vm.openInMail();
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(status().text()).contains("too long", "email file");
        assertThat(vm.offerEmlProperty().get()).isTrue();
        assertThat(fixture.opened).as("no mail app was opened").isEmpty();
        assertThat(home.resolve("letter.eml")).as("nothing saved until asked").doesNotExist();

        vm.saveEmlAndOpen();
        assertThat(home.resolve("letter.eml")).exists();
        assertThat(fixture.opened).containsExactly(home.resolve("letter.eml").toUri().toString());
        assertThat(status().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(status().text()).contains("letter.eml", "opened it in your mail app");
        assertThat(vm.offerEmlProperty().get()).isFalse();
    }

    @Test
    void aSavedEmailFileThatNoMailAppOpensIsNotClaimedOpened() {
        fixture.nextOpen = DesktopActions.Opened.UNSUPPORTED;
        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.eml"));
        vm.saveEmlAndOpen();
        assertThat(home.resolve("letter.eml")).exists();
        assertThat(status().text()).contains("letter.eml", "could not open it").doesNotContain("opened it");
    }

    @Test
    void anMpWithoutEmailIsSaidPlainlyAndNoEmailFileIsMade() {
        wizard.postcode().choose(wizard.services().parliament().constituency("N05000018").orElseThrow());
        assertThat(vm.hasEmailProperty().get()).isFalse();
        assertThat(vm.emailNoteProperty().get()).contains("no email address");
        vm.openInMail();
        assertThat(fixture.opened).isEmpty();

        fixture.nextSaveAnswer = Optional.of(home.resolve("letter.eml"));
        vm.saveEml();
        assertThat(home.resolve("letter.eml")).doesNotExist();
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(status().text()).contains("no email address", "PDF");
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void aWritersEmailThatIsNoAddressNeverReachesTheEmail() {
        // The letter step holds the step and leaves the address out of the letter, so no email is made from it.
        wizard.letter().emailProperty().set("sam@example");
        assertThat(wizard.letter().completeProperty().get()).isFalse();
        assertThat(wizard.letter().composedProperty().get().letter().sender().email()).isEmpty();
        wizard.letter().emailProperty().set("sam@tŷ.cymru");
        assertThat(wizard.letter().composedProperty().get().letter().sender().email()).isEqualTo("sam@tŷ.cymru");
        assertThat(vm.hasEmailProperty().get()).isTrue();
    }

    @Test
    void copyPutsTheLetterOnTheClipboard() {
        vm.copyToClipboard();
        assertThat(fixture.clipboard).singleElement().asString().contains("Dear Ms Blake");
        assertThat(status().text()).contains("clipboard");
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
                new RecordingDialogService(), null, later, fixture.clock, home, sent::add,
                fixture.errors::add);
        send.print();
        assertThat(exporter().printed).as("nothing printed on the FX thread").isEmpty();
        assertThat(send.busyProperty().get()).isTrue();
        background.forEach(Runnable::run);
        assertThat(exporter().printed).singleElement().isEqualTo(wizard.letter().composedProperty().get().letter());
        assertThat(send.busyProperty().get()).isFalse();
        assertThat(send.statusProperty().get().text()).contains("sent to the printer");
        assertThat(send.statusProperty().get().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(sent).containsExactly(SendViewModel.Way.PRINT);
    }

    @Test
    void withNoPrinterTheStatusSaysSoAsAFailureAndNothingCountsAsSent() {
        exporter().printFailure = new org.dearmp.export.ExportException.NoPrinter();
        vm.print();
        assertThat(status().text()).isEqualTo("No printer is set up on this computer, so the letter can't be "
                + "printed. Save it as a PDF and print it from another computer.");
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(fixture.errors).isEmpty();
        vm.copyToClipboard();
        assertThat(status().kind()).as("the next status is not a failure").isEqualTo(Status.Kind.SUCCESS);
    }

    @Test
    void anUnexpectedPrintingFailureIsAFailureInWordsWithoutItsName() {
        exporter().printFailure = new IllegalStateException("java.awt.HeadlessException");
        vm.print();
        assertThat(status().text()).isEqualTo("The letter was not printed. Save it as a PDF and print that instead.");
        assertThat(status().kind()).isEqualTo(Status.Kind.FAILURE);
    }

    @Test
    void cancellingThePrintDialogPrintsNothingAndIsNoFailure() {
        exporter().printConfirmed = false;
        vm.print();
        assertThat(exporter().printed).isEmpty();
        assertThat(status().text()).isEqualTo("Nothing was printed.");
        assertThat(status().kind()).isEqualTo(Status.Kind.CANCELLED);
    }
}
