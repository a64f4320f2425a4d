package org.dearmp.ui;

import org.dearmp.ui.services.DomainServicesLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dearmp.letter.Sender;
import org.dearmp.store.AppDataFolder;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.Settings;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.task.Debouncer;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole wizard over the real lookup, MPs and templates: the writer's postcode and seat in the letter. */
class RightSenderRightSeatTest {
    @TempDir
    Path home;

    private WizardViewModel wizard(Sender remembered) throws Exception {
        return wizard(home, remembered);
    }

    /** A wizard over the real services, everything on the calling thread; {@code remembered} from an earlier letter. */
    static WizardViewModel wizard(Path home, Sender remembered) throws Exception {
        AppDataFolder folder = new AppDataFolder(home);
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T21:40:00Z"), ZoneOffset.UTC);
        if (remembered != null) {
            new SettingsStore(folder).save(Settings.defaults().withSender(remembered));
        }
        Services services = new DomainServicesLoader(org.dearmp.app.AppContext.forFolder(folder, clock)).load(org.dearmp.ui.task.Progress.NONE);
        return new WizardViewModel(services, new WizardViewModel.Environment(folder, new DraftStore(folder),
                new RecentLetters(folder), new SettingsStore(folder), Debouncer.immediate(), Runnable::run,
                new CallingThreadExecutor(), new org.dearmp.testsupport.RecordingDialogService(),
                new DesktopActions() {
                    @Override
                    public Opened mail(String mailtoUri) {
                        return Opened.UNSUPPORTED;
                    }

                    @Override
                    public Opened openFile(Path file) {
                        return Opened.UNSUPPORTED;
                    }

                    @Override
                    public void openFolder(Path dir) {
                    }

                    @Override
                    public void copyToClipboard(String text) {
                    }
                }, clock, e -> { }));
    }

    @Test
    void thePostcodeFromStepOneIsTheSendersInItsProperForm() throws Exception {
        WizardViewModel vm = wizard(null);
        vm.postcode().inputProperty().set("cf101ep");
        vm.templates().select("stronger-laws");
        vm.letter().nameProperty().set("Siân Evans");
        vm.letter().addressProperty().set("4 Heol y Frenhines\nCardiff");

        assertThat(vm.letter().postcodeProperty().get()).isEqualTo("CF10 1EP");
        String preview = vm.letter().previewTextProperty().get();
        assertThat(preview).contains("Cardiff\nCF10 1EP\n").doesNotContainIgnoringCase("cf101ep")
                .contains("I live in the Cardiff South and Penarth constituency");
        assertThat(vm.letter().composedProperty().get().letter().sender().postcode()).isEqualTo("CF10 1EP");
    }

    @Test
    void aRememberedCardiffAddressNeverClaimsChorley() throws Exception {
        WizardViewModel vm = wizard(new Sender("Siân Evans", List.of("4 Heol y Frenhines", "Cardiff"), "CF10 1EP",
                "", ""));
        vm.postcode().inputProperty().set("PR7 1AB");
        vm.templates().select("stronger-laws");

        assertThat(vm.letter().postcodeProperty().get()).as("the remembered postcode is kept").isEqualTo("CF10 1EP");
        String preview = vm.letter().previewTextProperty().get();
        assertThat(preview).contains("CF10 1EP").doesNotContain("I live in the Chorley constituency")
                .contains("I live in the Cardiff South and Penarth constituency");
    }

    @Test
    void theLetterStepSaysWhyALetterToTheSpeakerAsksForTheMinistersReply() throws Exception {
        WizardViewModel vm = wizard(null);
        vm.postcode().inputProperty().set("PR7 1AB");
        vm.letter().nameProperty().set("Sam Jones");
        vm.templates().select("survivor-support");
        assertThat(vm.letter().previewTextProperty().get()).contains("pass my concerns on to the relevant minister")
                .doesNotContain("Will you press the Home Office");
        assertThat(vm.letter().askNoteProperty().get()).startsWith("Your MP is the Speaker, who by convention does "
                + "not campaign or vote (except to break a tie).");

        vm.templates().select("stronger-laws");
        assertThat(vm.letter().askNoteProperty().get()).as("a casework ask the Speaker can act on").isEmpty();
        vm.templates().select("survivor-support");
        vm.postcode().inputProperty().set("BL3 4AZ");
        assertThat(vm.letter().askNoteProperty().get()).as("not the Speaker").isEmpty();
        assertThat(vm.letter().previewTextProperty().get()).contains("Will you press the Home Office");
    }
}
