package org.dearmp.ui.templateeditor;

import org.dearmp.testsupport.Bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.user.LineDiff;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Templates screen's logic, without a window: real bundled templates, real MPs, a scratch data folder. */
@DataTest
class TemplateEditorViewModelTest {
    @TempDir
    Path home;
    private TemplateCatalog catalog;
    private TemplateEditorViewModel vm;

    @BeforeEach
    void setUp() {
        AppDataFolder data = new AppDataFolder(home);
        catalog = Bundled.catalog(data);
        vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog, new ParliamentRepository(data).bundled(),
                Debouncer.immediate(), Runnable::run, new org.dearmp.ui.task.CallingThreadExecutor(), Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)), new org.dearmp.testsupport.RecordingDialogService());
    }

    @Test
    void bundledTemplatesAreReadOnlyAndADuplicateIsEditableAndRemembersItsOriginal() {
        vm.list().select("stronger-laws");
        assertThat(vm.form().editableProperty().get()).isFalse();
        assertThat(vm.preview().previewProperty().get()).contains("27 November 2026").contains("House of Commons");

        vm.list().duplicate();
        String id = vm.form().idProperty().get();

        assertThat(id).isEqualTo("stronger-laws-copy");
        assertThat(vm.list().selectedProperty().get().id()).isEqualTo(id);
        assertThat(vm.form().editableProperty().get()).isTrue();
        assertThat(vm.form().canCompareProperty().get()).isTrue();
        assertThat(vm.form().titleProperty().get()).isEqualTo("Stronger laws and sentences for traffickers (copy)");
    }

    @Test
    void aBodyWhoseSectionsMultiplyIsAnErrorAtItsLineAndIsNeverPreviewed() {
        vm.list().select("stronger-laws");
        vm.list().duplicate();

        vm.form().bodyProperty().set("Dear {{mp.salutation}},\n{{ask}}\n{{#points}}{{#points}}{{#points}}{{#points}}"
                + "All work and no play. ".repeat(60) + "{{/points}}{{/points}}{{/points}}{{/points}}\n");

        assertThat(vm.form().problems()).anySatisfy(row -> {
            assertThat(row.problem().kind()).isEqualTo(ProblemKind.TOO_BIG);
            assertThat(row.bodyLine()).isEqualTo(3);
        });
        assertThat(vm.form().hasErrorsProperty().get()).isTrue();
        assertThat(vm.preview().previewProperty().get()).doesNotContain("All work and no play. All work");
    }

    @Test
    void problemsPointAtTheFieldOrTheLetterLineAndColumn() {
        vm.list().select("stronger-laws");
        vm.list().duplicate();

        vm.form().askProperty().set("");
        vm.form().bodyProperty().set("Dear {{mp.salutation}},\n\nI live in {{constituency.name}}.\n  Yes {{mp.nmae}}\n{{ask}}");

        assertThat(vm.form().problems()).anySatisfy(row -> {
            assertThat(row.problem().kind()).isEqualTo(ProblemKind.MISSING_ASK);
            assertThat(row.field()).isEqualTo("ask");
        });
        assertThat(vm.form().problems()).anySatisfy(row -> {
            assertThat(row.problem().kind()).isEqualTo(ProblemKind.UNKNOWN_PLACEHOLDER);
            assertThat(row.inBody()).isTrue();
            assertThat(row.bodyLine()).isEqualTo(4);
            assertThat(row.bodyColumn()).isEqualTo(7);
            assertThat(vm.form().bodyProperty().get().substring(row.bodyOffset())).startsWith("{{mp.nmae}}");
        });
        assertThat(vm.form().hasErrorsProperty().get()).isTrue();
        assertThat(vm.preview().previewNoteProperty().get()).isNotEmpty();
        assertThat(vm.form().highlights()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(Highlight.Kind.ERROR);
            assertThat(vm.form().bodyProperty().get().substring(h.start(), h.end())).isEqualTo("{{mp.nmae}}");
        });
    }

    @Test
    void aDraftWithErrorsIsSavedButOnlyOfferedOnceItChecksClean() {
        vm.list().select("visit-local-projects");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        String good = vm.form().bodyProperty().get();
        vm.form().bodyProperty().set(good + "\n{{#points}}");

        vm.form().save();

        assertThat(vm.list().selectedProperty().get().draft()).isTrue();
        assertThat(vm.statusProperty().get().text()).contains("as a draft");
        assertThat(vm.statusProperty().get().kind()).as("a draft is no success").isEqualTo(Status.Kind.NOTE);
        assertThat(catalog.forLetterWriters()).extracting(LetterTemplate::id).doesNotContain(id);

        vm.form().bodyProperty().set(good);
        vm.form().save();
        assertThat(vm.statusProperty().get().kind()).isEqualTo(Status.Kind.SUCCESS);
        assertThat(vm.list().selectedProperty().get().draft()).isFalse();
        assertThat(catalog.forLetterWriters()).extracting(LetterTemplate::id).contains(id);
    }

    @Test
    void revertCompareAndDelete() {
        vm.list().select("survivor-support");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        String ask = vm.form().askProperty().get();
        vm.form().askProperty().set("Will you visit the drop-in centre on Mill Street with me?");
        assertThat(vm.form().dirtyProperty().get()).isTrue();

        TemplateEditorViewModel.Comparison comparison = vm.compare().orElseThrow();
        assertThat(comparison.lines()).filteredOn(l -> l.kind() == LineDiff.Kind.ADDED).extracting(LineDiff.Line::text)
                .contains("ask: Will you visit the drop-in centre on Mill Street with me?");
        assertThat(comparison.lines()).filteredOn(l -> l.kind() == LineDiff.Kind.REMOVED)
                .anySatisfy(l -> assertThat(l.text()).startsWith("ask: "));

        vm.form().revert();
        assertThat(vm.form().askProperty().get()).isEqualTo(ask);
        assertThat(vm.form().dirtyProperty().get()).isFalse();

        vm.list().delete();
        assertThat(vm.list().templates()).extracting(TemplateItem::id).doesNotContain(id);
    }

    @Test
    void searchFindsByTitleAndTagAndThePreviewUsesTheChosenMp() {
        vm.list().searchProperty().set("supply");
        assertThat(vm.list().templates()).extracting(TemplateItem::id).containsExactly("traffick-free-supply-chains");
        vm.list().searchProperty().set("");

        vm.list().select("stronger-laws");
        vm.preview().mpSearchProperty().set("Ynys M");
        MpChoice ynysMon = vm.preview().mps().get(0);
        vm.preview().previewMpProperty().set(ynysMon);
        assertThat(vm.preview().previewProperty().get()).contains(ynysMon.member().displayName());
        vm.preview().pointsProperty().set("Our town has a new safe house and needs support.");
        assertThat(vm.preview().previewProperty().get()).contains("- Our town has a new safe house and needs support.");
    }

    @Test
    void aNewTemplateStartsAsADraftUntilItHasASubjectAndAnAsk() {
        vm.list().newTemplate();
        String id = vm.form().idProperty().get();

        assertThat(vm.list().selectedProperty().get().draft()).isTrue();
        assertThat(vm.form().problems()).extracting(row -> row.problem().kind())
                .contains(ProblemKind.MISSING_SUBJECT, ProblemKind.MISSING_ASK);
        assertThat(catalog.forLetterWriters()).extracting(LetterTemplate::id).doesNotContain(id);

        vm.form().subjectProperty().set("Safe houses in our town");
        vm.form().askProperty().set("Will you ask the minister to fund safe houses for another three years?");
        vm.form().save();
        assertThat(catalog.find(id)).isPresent();
    }

    @Test
    void sharedTemplatesComeBackFromTheirPack() {
        vm.list().select("frontline-training");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        vm.form().askProperty().set("Will you ask the Home Office how many police officers in our area have had this training?");
        vm.form().save();
        Path pack = home.resolve("our-templates.zip");

        vm.pack().exportPack(vm.list().shareable(), pack, "Example Campaign Group");
        vm.list().delete();
        assertThat(catalog.find(id)).isEmpty();

        var plan = vm.pack().readPack(pack);
        assertThat(plan.added()).containsExactly(id);
        assertThat(plan.pack().manifest().organisation()).isEqualTo("Example Campaign Group");
        assertThat(vm.pack().importPack(plan, false)).containsExactly(id);
        assertThat(vm.list().selectedProperty().get().id()).isEqualTo(id);
        assertThat(catalog.find(id).orElseThrow().ask()).startsWith("Will you ask the Home Office");
    }
}
