package org.dearmp.ui.mplist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.app.AppContext;
import org.dearmp.core.DearMpException;
import org.dearmp.parliament.MpListImportException;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.RealMps;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.services.DomainMpListImports;
import org.dearmp.ui.services.MpListUpdate;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class MpListUpdateViewModelTest {
    private static final LocalDate BUNDLED_DATE = LocalDate.of(2026, 6, 27);
    private static final LocalDate NEWER = LocalDate.of(2026, 11, 1);

    @TempDir
    Path home;
    @TempDir
    Path downloads;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<MpListUpdate> imported = new ArrayList<>();
    private WizardFixture fixture;
    private AppContext context;
    private MpListUpdateViewModel vm;

    @BeforeEach
    void setUp() {
        fixture = new WizardFixture(home);
        context = AppContext.forFolder(new AppDataFolder(home), fixture.clock);
        vm = new MpListUpdateViewModel(dialogs, new CallingThreadExecutor(), new DomainMpListImports(context),
                imported::add);
    }

    @Test
    void aNewerListIsUsedAndItsChangesAreShownInPlainWords() throws IOException {
        dialogs.choose(RealMps.extractWithTwoChanges(downloads, NEWER));

        vm.chooseAndImport();

        assertThat(dialogs.fileRequests).singleElement()
                .satisfies(r -> assertThat(r.fileKind()).isEqualTo(FileKind.MP_LIST));
        assertThat(dialogs.errors).isEmpty();
        MpListUpdateViewModel.Changes changes = vm.changesProperty().get();
        assertThat(changes.heading()).isEqualTo("Dear MP now uses the MP list of 1 November 2026");
        assertThat(changes.summary())
                .isEqualTo("2 seats have a different MP or party since the list of 27 June 2026:");
        assertThat(changes.seats()).extracting(MpListUpdateViewModel.SeatChange::line).containsExactly(
                "Aldridge-Brownhills: was Wendy Morton (Conservative), now Wendy Morton (Independent)",
                "Cities of London and Westminster: was Rachel Blake (Labour (Co-op)), now vacant "
                        + "(no MP until a by-election)");
        assertThat(context.parliament().dataAsOf()).isEqualTo(NEWER);
        assertThat(imported).singleElement().satisfies(update -> {
            assertThat(update.parliament().dataAsOf()).isEqualTo(NEWER);
            assertThat(update.lookup().lookup("SW1A 0AA")).isInstanceOfSatisfying(
                    org.dearmp.lookup.LookupResult.Found.class, found -> assertThat(found.member()).isEmpty());
        });
        assertThat(vm.importingProperty().get()).isFalse();
    }

    @Test
    void aListWithNoChangesSaysSo() throws IOException {
        dialogs.choose(RealMps.editedExtract(downloads, NEWER, line -> line));

        vm.chooseAndImport();

        assertThat(vm.changesProperty().get().summary())
                .isEqualTo("No MP or party has changed since the list of 27 June 2026.");
        assertThat(vm.changesProperty().get().seats()).isEmpty();
    }

    @Test
    void aBrokenFileIsExplainedAndTheListInUseStays() throws IOException {
        List<String> lines = Files.readAllLines(RealMps.dfeExtract());
        dialogs.choose(Files.write(downloads.resolve("dfe_mp_lookup_" + NEWER + ".csv"), lines.subList(0, 650)));

        vm.chooseAndImport();

        assertThat(dialogs.errors).singleElement().isInstanceOfSatisfying(MpListImportException.class,
                e -> assertThat(e.getMessage()).contains("The list has 649 seats; a complete list has 650.")
                        .contains("Missing seat: Ynys Môn (W07000112)."));
        assertThat(vm.changesProperty().get()).isNull();
        assertThat(imported).isEmpty();
        assertThat(context.parliament().dataAsOf()).isEqualTo(BUNDLED_DATE);
        assertThat(context.parliaments().importedFile()).isEmpty();
        assertThat(vm.importingProperty().get()).isFalse();
    }

    @Test
    void aFileWithNoDateInItsNameSaysHowToNameItNotWhichOptionToGive() throws IOException {
        Path undated = Files.copy(RealMps.dfeExtract(), downloads.resolve("mp list.csv"));
        dialogs.choose(undated);

        vm.chooseAndImport();

        assertThat(dialogs.errors).singleElement().isInstanceOfSatisfying(DearMpException.class,
                e -> assertThat(e.getMessage()).contains("\"mp list.csv\" has no date")
                        .contains("dfe_mp_lookup_2026-09-30.csv").doesNotContain("--as-of"));
        assertThat(context.parliament().dataAsOf()).isEqualTo(BUNDLED_DATE);
    }

    @Test
    void aFileThatCannotBeOpenedSaysWhyNotItsPathAgain() throws IOException {
        Path locked = org.dearmp.testsupport.PathTools.unreadable(downloads.resolve("dfe_mp_lookup_" + NEWER + ".csv"));
        dialogs.choose(locked);

        vm.chooseAndImport();

        assertThat(dialogs.errors).singleElement().isInstanceOfSatisfying(DearMpException.class,
                e -> assertThat(e.getMessage()).contains("cannot be read: permission denied"));
        assertThat(context.parliament().dataAsOf()).isEqualTo(BUNDLED_DATE);
    }

    @Test
    void cancellingTheFileDialogChangesNothing() {
        dialogs.cancelFile();

        vm.chooseAndImport();

        assertThat(dialogs.fileRequests).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.changesProperty().get()).isNull();
        assertThat(imported).isEmpty();
        assertThat(context.parliaments().importedFile()).isEmpty();
        assertThat(context.parliament().dataAsOf()).isEqualTo(BUNDLED_DATE);
    }

    @Test
    void afterAnImportTheWizardNamesTheMpsOnTheNewList() throws IOException {
        WizardViewModel wizard = fixture.create();
        wizard.postcode().inputProperty().set("SW1A 0AA");
        assertThat(wizard.mp().nameProperty().get()).isEqualTo("Rachel Blake");
        MpListUpdateViewModel updating = new MpListUpdateViewModel(dialogs, wizard.executor(),
                new DomainMpListImports(context), update -> wizard.useMpList(update.parliament(), update.lookup()));
        dialogs.choose(RealMps.extractWithTwoChanges(downloads, NEWER));

        updating.chooseAndImport();

        // The MP on screen follows at once, with the new list's date...
        assertThat(wizard.mp().nameProperty().get()).isEqualTo("No MP at present (vacant seat)");
        assertThat(wizard.mp().dataSourceProperty().get()).contains("1 November 2026");
        // ...and a postcode looked up afterwards is looked up on the new list.
        wizard.postcode().inputProperty().set("");
        wizard.postcode().inputProperty().set("SW1A 0AA");
        assertThat(wizard.postcode().resultProperty().get()).isInstanceOfSatisfying(
                org.dearmp.lookup.LookupResult.Found.class, found -> assertThat(found.member()).isEmpty());
        assertThat(wizard.services().parliament().dataAsOf()).isEqualTo(NEWER);
        assertThat(wizard.services().dataInfo().mpsAsOf()).as("what About says").isEqualTo(NEWER);
    }
}
