package org.dearmp.ui.templateeditor;

import org.dearmp.testsupport.Bundled;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.core.DearMpException;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.templateeditor.EditorQuestions.ImportDecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Templates screen's questions, asked by its models through the dialog service: nothing goes or comes in unasked. */
@DataTest
class EditorDialogFlowsTest {
    @TempDir
    Path home;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TemplateCatalog catalog;
    private TemplateEditorViewModel vm;

    @BeforeEach
    void setUp() {
        AppDataFolder data = new AppDataFolder(home.resolve("data"));
        catalog = Bundled.catalog(data);
        vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog, new ParliamentRepository(data).bundled(),
                org.dearmp.ui.task.Debouncer.immediate(), Runnable::run, new org.dearmp.ui.task.CallingThreadExecutor(),
                Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)), dialogs);
    }

    /** A copy of a bundled template, ready to share, selected. */
    private String ownTemplate() {
        vm.list().select("frontline-training");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        vm.form().askProperty().set("Will you ask the Home Office how many officers here have had this training?");
        vm.form().save();
        return id;
    }

    @Test
    void deleteAsksFirstAndSayingNoKeepsTheTemplate() {
        String id = ownTemplate();

        dialogs.answer(Boolean.FALSE);
        vm.deleteSelected();
        assertThat(dialogs.lastQuestion().id()).isEqualTo("editor-delete");
        assertThat(dialogs.lastQuestion().message()).contains(vm.list().selectedProperty().get().title());
        assertThat(catalog.find(id)).isPresent();

        dialogs.answer(Boolean.TRUE);
        vm.deleteSelected();
        assertThat(catalog.find(id)).isEmpty();
        assertThat(dialogs.questions).hasSize(2);
    }

    @Test
    void aBundledTemplateIsNeitherAskedAboutNorDeleted() {
        vm.list().select("frontline-training");
        vm.deleteSelected();
        assertThat(dialogs.questions).isEmpty();
        assertThat(catalog.find("frontline-training")).isPresent();
    }

    @Test
    void sharingAsksWhereToSaveThePackAndWritesNothingWhenCancelled() {
        String id = ownTemplate();
        EditorPackModel.ShareChoice choice = new EditorPackModel.ShareChoice(vm.list().shareable(), "Leeds Group");

        dialogs.cancelFile();
        assertThat(vm.pack().share(choice)).isEmpty();
        assertThat(dialogs.fileRequests).singleElement().satisfies(asked -> {
            assertThat(asked.fileKind()).isEqualTo(FileKind.TEMPLATE_PACK);
            assertThat(asked.suggestedName()).isEqualTo(id + ".dearmp");
        });

        Path pack = home.resolve("shared.zip");
        dialogs.choose(pack);
        assertThat(vm.pack().share(choice)).hasValueSatisfying(manifest ->
                assertThat(manifest.organisation()).isEqualTo("Leeds Group"));
        assertThat(pack).exists();
    }

    @Test
    void importShowsWhatThePackHoldsAndImportsOnlyWhenTheUserSaysSo() {
        String id = ownTemplate();
        Path pack = home.resolve("ours.zip");
        vm.pack().exportPack(vm.list().shareable(), pack, "Example Campaign Group");
        vm.list().delete();

        dialogs.choose(pack).answer(ImportDecision.CANCEL);
        vm.importPack();
        assertThat(dialogs.lastQuestion().id()).isEqualTo("editor-import");
        assertThat(dialogs.lastQuestion().message()).contains("Example Campaign Group");
        assertThat(catalog.find(id)).as("cancelled: nothing imported").isEmpty();

        dialogs.choose(pack).answer(ImportDecision.REPLACE);
        vm.importPack();
        assertThat(catalog.find(id)).isPresent();
        assertThat(dialogs.fileRequests).extracting(RecordingDialogService.FileRequest::fileKind)
                .containsOnly(FileKind.TEMPLATE_PACK);
    }

    @Test
    void aPackSavedUnderANameWithoutItsExtensionIsWrittenAsDearmp() {
        ownTemplate();
        EditorPackModel.ShareChoice choice = new EditorPackModel.ShareChoice(vm.list().shareable(), "Leeds Group");

        dialogs.choose(home.resolve("for-supporters"));
        assertThat(vm.pack().share(choice)).isPresent();

        assertThat(home.resolve("for-supporters.dearmp")).isRegularFile();
        assertThat(home.resolve("for-supporters")).doesNotExist();
        assertThat(vm.statusProperty().get().text()).contains("for-supporters.dearmp");
    }

    @Test
    void aDearmpPackAndAnOlderZipPackBothImport() throws Exception {
        String id = ownTemplate();
        Path dearmp = home.resolve("ours.dearmp");
        vm.pack().exportPack(vm.list().shareable(), dearmp, "Example Campaign Group");
        Path zip = Files.copy(dearmp, home.resolve("older.zip"));
        vm.list().delete();

        dialogs.choose(dearmp).answer(ImportDecision.REPLACE);
        vm.importPack();
        assertThat(catalog.find(id)).isPresent();
        vm.list().select(id);
        vm.list().delete();

        dialogs.choose(zip).answer(ImportDecision.REPLACE);
        vm.importPack();
        assertThat(catalog.find(id)).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPackTheAppWasOpenedWithIsAskedAboutLikeOneChosenInImport() {
        String id = ownTemplate();
        Path pack = home.resolve("opened.dearmp");
        vm.pack().exportPack(vm.list().shareable(), pack, "Example Campaign Group");
        vm.list().delete();

        dialogs.answer(ImportDecision.CANCEL);
        vm.importPack(pack);
        assertThat(dialogs.fileRequests).as("no file dialog: the file is known").isEmpty();
        assertThat(dialogs.lastQuestion().id()).isEqualTo("editor-import");
        assertThat(dialogs.lastQuestion().message()).contains("Example Campaign Group");
        assertThat(catalog.find(id)).isEmpty();

        dialogs.answer(ImportDecision.REPLACE);
        vm.importPack(pack);
        assertThat(catalog.find(id)).isPresent();
    }

    @Test
    void noPackChosenAsksNothingMore() {
        dialogs.cancelFile();
        vm.importPack();
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPackThatCannotBeReadIsReportedInPlainWordsAndNothingIsAsked() throws Exception {
        Path broken = Files.writeString(home.resolve("broken.zip"), "not a zip");
        dialogs.choose(broken);
        vm.importPack();
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.errors).singleElement().isInstanceOf(DearMpException.class);
    }

    @Test
    void aBrokenPackTheAppWasOpenedWithIsReportedInPlainWordsAndNothingIsAsked() throws Exception {
        Path broken = Files.writeString(home.resolve("broken.dearmp"), "not a zip");
        vm.importPack(broken);
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.errors).singleElement().isInstanceOf(DearMpException.class)
                .satisfies(error -> assertThat(error.getMessage()).contains("broken.dearmp"));
    }
}
