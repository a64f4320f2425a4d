package org.dearmp.ui.templateeditor;

import org.dearmp.testsupport.Bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateHeader;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.user.LineDiff;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor speaks of its boxes, and a copy is the user's own: their organisation, its own versions. */
@DataTest
class EditorOwnWordsTest {
    @TempDir
    Path home;

    private final java.util.Map<TemplateEditorViewModel, TemplateCatalog> catalogs = new java.util.HashMap<>();

    private TemplateEditorViewModel editor(Path folder) {
        AppDataFolder data = new AppDataFolder(folder);
        TemplateCatalog catalog = Bundled.catalog(data);
        TemplateEditorViewModel vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog,
                new ParliamentRepository(data).bundled(), Debouncer.immediate(), Runnable::run, new org.dearmp.ui.task.CallingThreadExecutor(),
                Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)), new org.dearmp.testsupport.RecordingDialogService());
        catalogs.put(vm, catalog);
        return vm;
    }

    @Test
    void problemsSpeakOfTheBoxesWhileTheCommandLineKeepsTheFileFormatWords() {
        TemplateEditorViewModel vm = editor(home);
        vm.list().select("stronger-laws");
        vm.list().duplicate();
        vm.form().askProperty().set("");
        vm.form().subjectProperty().set("");
        vm.form().minOwnWordsProperty().set("lots");
        vm.form().bodyProperty().set("Dear {{mp.salutation}},\n\nI am writing about {{zzzz}}.\n\n{{points}}");

        assertThat(row(vm, ProblemKind.MISSING_ASK).text()).startsWith("Fill in the Ask box").doesNotContain("ask:");
        assertThat(row(vm, ProblemKind.MISSING_SUBJECT).text()).startsWith("Fill in the Subject box")
                .doesNotContain("subject:");
        assertThat(vm.form().problems()).anySatisfy(r -> assertThat(r.text()).startsWith("Minimum own words must be")
                .doesNotContain("minOwnWords"));
        assertThat(row(vm, ProblemKind.UNKNOWN_PLACEHOLDER).text()).contains("{{zzzz}}").contains("Insert placeholder")
                .doesNotContain("README");
        for (ProblemRow r : vm.form().problems()) {
            assertThat(r.text()).as("no file-format words in the editor").doesNotContain("header", "file line");
        }

        // The same text checked as a file (dear-mp template check) keeps the words of the file format.
        TemplateChecker.Result asFile = new TemplateChecker().check(vm.form().fields().toText(), "mine.txt", false);
        assertThat(asFile.problems()).filteredOn(p -> p.kind() == ProblemKind.MISSING_ASK)
                .singleElement().extracting(TemplateProblem::message).asString().contains("\"ask:\"");

        vm.form().askProperty().set("Will you meet me?");
        vm.form().subjectProperty().set("A meeting");
        vm.form().minOwnWordsProperty().set("20");
        vm.form().bodyProperty().set("Dear {{mp.salutation}},\n\n{{points}}");
        assertThat(row(vm, ProblemKind.ASK_NOT_IN_BODY).text()).contains("{{ask}}").contains("Insert placeholder");
    }

    @Test
    void aCopyTakesTheOrganisationTheUserSharesAsAndGoesUpAVersionOnEachSaveThatChangesIt() {
        TemplateEditorViewModel vm = editor(home.resolve("staff"));
        vm.list().select("frontline-training");
        vm.list().duplicate();
        vm.form().askProperty().set("Will you ask the Home Office how many officers near us have had this training?");
        vm.form().save();
        Path pack = home.resolve("pack.zip");
        vm.pack().exportPack(vm.list().shareable(), pack, "  Leeds Anti-Trafficking Network ");

        vm.list().select("stronger-laws");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        assertThat(header(vm, id).author()).isEqualTo("Leeds Anti-Trafficking Network");
        assertThat(header(vm, id).version()).isEqualTo("1");
        assertThat(vm.form().authorshipProperty().get()).isEqualTo("1, by Leeds Anti-Trafficking Network");
        assertThat(vm.pack().organisation()).as("what the Share dialog offers").isEqualTo("Leeds Anti-Trafficking Network");

        vm.form().askProperty().set("Will you raise trafficking sentences with the Home Secretary?");
        vm.form().save();
        assertThat(header(vm, id).version()).isEqualTo("2");
        vm.form().save();
        assertThat(header(vm, id).version()).as("a save that changes nothing").isEqualTo("2");
        vm.form().titleProperty().set("Tougher sentences");
        vm.form().save();
        assertThat(header(vm, id).version()).isEqualTo("3");
        assertThat(vm.form().authorshipProperty().get()).startsWith("3, by ");
        assertThat(header(vm, id).author()).isEqualTo("Leeds Anti-Trafficking Network");

        // A supporter who imports the group's pack makes copies in the group's name.
        TemplateEditorViewModel supporter = editor(home.resolve("supporter"));
        supporter.pack().importPack(supporter.pack().readPack(pack), false);
        supporter.list().select("visit-local-projects");
        supporter.list().duplicate();
        String theirs = supporter.form().idProperty().get();
        assertThat(header(supporter, theirs).author()).isEqualTo("Leeds Anti-Trafficking Network");
    }

    @Test
    void withNoOrganisationKnownACopyClaimsNoAuthor() {
        TemplateEditorViewModel vm = editor(home);
        vm.list().select("stronger-laws");
        vm.list().duplicate();
        String id = vm.form().idProperty().get();
        assertThat(header(vm, id).author()).isEmpty();
    }

    @Test
    void comparingAnUnchangedCopyOfOwnWordsShowsOnlyWhatACopyChanges() {
        TemplateEditorViewModel vm = editor(home);
        vm.list().select("own-words");
        vm.list().duplicate();

        TemplateEditorViewModel.Comparison comparison = vm.compare().orElseThrow();

        // A copy has its own id and title and is not by Dear MP; nothing else may differ.
        assertThat(comparison.lines()).filteredOn(l -> l.kind() != LineDiff.Kind.SAME)
                .extracting(LineDiff.Line::text)
                .allSatisfy(text -> assertThat(text).matches("(id|title|author): .*"))
                .isNotEmpty();
    }

    private TemplateHeader header(TemplateEditorViewModel vm, String id) {
        return catalogs.get(vm).user().find(id).orElseThrow().template().orElseThrow().header();
    }

    private static ProblemRow row(TemplateEditorViewModel vm, ProblemKind kind) {
        return vm.form().problems().stream().filter(r -> r.problem().kind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " in " + vm.form().problems()));
    }
}
