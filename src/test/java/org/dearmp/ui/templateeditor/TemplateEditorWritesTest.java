package org.dearmp.ui.templateeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.HeldExecutor;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Templates screen writes nothing on the FX thread: a save, a copy, a new template and a deletion happen only
 * when the background executor runs, the screen is busy meanwhile and a second click sends nothing twice; a save
 * that fails keeps what was typed, and closing the window waits for the save.
 */
@DataTest
class TemplateEditorWritesTest {
    @TempDir
    Path home;
    private final HeldExecutor background = new HeldExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TemplateCatalog catalog;
    private TemplateEditorViewModel vm;

    @BeforeEach
    void setUp() {
        AppDataFolder data = new AppDataFolder(home);
        catalog = Bundled.catalog(data);
        vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog, new ParliamentRepository(data).bundled(),
                Debouncer.immediate(), Runnable::run, background,
                Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)), dialogs);
    }

    private Path fileOf(String id) {
        return catalog.user().folder().resolve(id + ".txt");
    }

    private String ownCopy() {
        vm.list().select("stronger-laws");
        vm.list().duplicate();
        background.runAll();
        return vm.form().idProperty().get();
    }

    @Test
    void aCopyIsWrittenOnlyInTheBackgroundAndASecondClickMakesNoSecondCopy() {
        vm.list().select("stronger-laws");

        vm.list().duplicate();
        vm.list().duplicate();

        assertThat(fileOf("stronger-laws-copy")).as("nothing written on the FX thread").doesNotExist();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.WORKING);
        background.runAll();
        assertThat(fileOf("stronger-laws-copy")).exists();
        assertThat(fileOf("stronger-laws-copy-2")).as("the second click did nothing").doesNotExist();
        assertThat(vm.list().selectedProperty().get().id()).isEqualTo("stronger-laws-copy");
        assertThat(vm.form().idProperty().get()).as("the copy is in the form").isEqualTo("stronger-laws-copy");
        assertThat(vm.statusProperty().get().text()).as("and the status says what was done").startsWith("Made your own copy");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aSaveWritesOnlyInTheBackground() throws Exception {
        String id = ownCopy();
        vm.form().titleProperty().set("Our own title");

        vm.form().save();

        assertThat(Files.readString(fileOf(id))).doesNotContain("Our own title");
        assertThat(vm.form().dirtyProperty().get()).isTrue();
        background.runAll();
        assertThat(Files.readString(fileOf(id))).contains("Our own title");
        assertThat(vm.form().dirtyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(vm.list().templates()).anySatisfy(t -> assertThat(t.title()).isEqualTo("Our own title"));
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsWhatWasTyped() throws Exception {
        String id = ownCopy();
        vm.form().bodyProperty().set("Dear {{mp.salutation}},\n\nWords that must not be lost.\n\n{{ask}}");
        // The template's file can no longer be written: something else has its name.
        Files.delete(fileOf(id));
        Files.createDirectory(fileOf(id));

        vm.form().save();
        background.runAll();

        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.FAILURE);
        assertThat(vm.statusProperty().get().text()).startsWith("The template was not saved.")
                .contains("What you typed is still here");
        assertThat(vm.form().bodyProperty().get()).contains("Words that must not be lost.");
        assertThat(vm.form().dirtyProperty().get()).as("still not saved").isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void movingToAnotherTemplateWhenTheChangesCannotBeKeptGoesBackToThemUnsaved() throws Exception {
        String id = ownCopy();
        vm.form().bodyProperty().set("Dear {{mp.salutation}},\n\nWords typed before moving on.\n\n{{ask}}");
        Files.delete(fileOf(id));
        Files.createDirectory(fileOf(id));

        vm.list().select("survivor-support");
        background.runAll();

        assertThat(vm.list().selectedProperty().get().id()).as("back to the template they were typed in")
                .isEqualTo(id);
        assertThat(vm.form().idProperty().get()).isEqualTo(id);
        assertThat(vm.form().bodyProperty().get()).contains("Words typed before moving on.");
        assertThat(vm.form().dirtyProperty().get()).as("still not saved").isTrue();
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.FAILURE);
    }

    @Test
    void aNewTemplateAndADeletionWriteOnlyInTheBackground() {
        vm.list().newTemplate();
        assertThat(fileOf("my-template")).doesNotExist();
        background.runAll();
        assertThat(fileOf("my-template")).exists();
        assertThat(vm.form().idProperty().get()).isEqualTo("my-template");

        vm.list().delete();

        assertThat(fileOf("my-template")).as("deleted in the background, not on the FX thread").exists();
        background.runAll();
        assertThat(fileOf("my-template")).doesNotExist();
        assertThat(vm.list().templates()).noneSatisfy(t -> assertThat(t.id()).isEqualTo("my-template"));
    }

    @Test
    void closingWaitsForTheSaveAndTheWindowGoesOnlyOnceItIsWritten() throws Exception {
        String id = ownCopy();
        vm.form().titleProperty().set("Saved on the way out");
        boolean[] closed = {false};

        vm.closeWhenSaved(() -> closed[0] = true);

        assertThat(closed[0]).as("the window stays while the save is under way").isFalse();
        assertThat(Files.readString(fileOf(id))).doesNotContain("Saved on the way out");
        background.runAll();
        assertThat(closed[0]).isTrue();
        assertThat(Files.readString(fileOf(id))).contains("Saved on the way out");
    }

    @Test
    void aSaveOnCloseThatFailsKeepsTheWindowOpenWithWhatWasTyped() throws Exception {
        String id = ownCopy();
        vm.form().titleProperty().set("Not to be lost");
        Files.delete(fileOf(id));
        Files.createDirectory(fileOf(id));
        boolean[] closed = {false};

        vm.closeWhenSaved(() -> closed[0] = true);
        background.runAll();

        assertThat(closed[0]).isFalse();
        assertThat(vm.form().titleProperty().get()).isEqualTo("Not to be lost");
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.FAILURE);
    }

    @Test
    void aWindowHiddenWithoutAskingWritesWhatIsWaitingAtOnce() throws Exception {
        String id = ownCopy();
        vm.form().titleProperty().set("Kept as the app quits");

        vm.closeNow();

        assertThat(Files.readString(fileOf(id))).contains("Kept as the app quits");
    }
}
