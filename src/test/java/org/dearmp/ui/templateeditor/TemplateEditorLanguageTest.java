package org.dearmp.ui.templateeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.i18n.Language;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template editor's form keeps a template's language and campaign, and its language choice sets them. */
@DataTest
class TemplateEditorLanguageTest {
    @TempDir
    Path home;
    private TemplateCatalog catalog;
    private TemplateEditorViewModel vm;

    @BeforeEach
    void setUp() {
        AppDataFolder data = new AppDataFolder(home);
        catalog = Bundled.catalog(data);
        vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog, new ParliamentRepository(data).bundled(),
                Debouncer.immediate(), Runnable::run, new org.dearmp.ui.task.CallingThreadExecutor(), Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC)),
                new org.dearmp.testsupport.RecordingDialogService());
    }

    @Test
    void aCopyOfAWelshTemplateIsWelshOfTheSameCampaignAndPreviewsInWelsh() {
        vm.list().select("stronger-laws-cy");
        assertThat(vm.form().languageProperty().get()).isEqualTo("cy");
        assertThat(vm.preview().previewProperty().get()).contains("1 Rhagfyr 2026", "Tŷ'r Cyffredin", "Yn gywir,");

        vm.list().duplicate();
        String id = vm.form().idProperty().get();

        assertThat(vm.form().languageProperty().get()).isEqualTo("cy");
        var header = catalog.user().find(id).orElseThrow().template().orElseThrow().header();
        assertThat(header.language()).isEqualTo(Language.WELSH);
        assertThat(header.campaignId()).isEqualTo("stronger-laws");
    }

    @Test
    void theLanguageChoiceIsSavedInTheFile() {
        vm.list().select("own-words");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        assertThat(vm.form().languageProperty().get()).isEmpty();

        vm.form().languageProperty().set("cy");
        vm.form().save();

        assertThat(catalog.user().find(id).orElseThrow().text()).contains("\nlanguage: cy\n");
        assertThat(catalog.user().find(id).orElseThrow().template().orElseThrow().header().language())
                .isEqualTo(Language.WELSH);
        assertThat(vm.preview().previewProperty().get()).contains("Annwyl", "1 Rhagfyr 2026");

        vm.form().languageProperty().set("");
        vm.form().save();
        assertThat(catalog.user().find(id).orElseThrow().text()).doesNotContain("language:");
    }
}
