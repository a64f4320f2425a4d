package org.dearmp.ui.templateeditor;

import org.dearmp.testsupport.Bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dearmp.testsupport.RecordingDialogService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.Placeholders;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.task.Debouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A campaigner makes their own version of a bundled template: duplicate, change the ask, add a placeholder
 * from the palette, watch the preview, save; the letter wizard's template list then offers it.
 */
@DataTest
@UiTest
@ExtendWith(ApplicationExtension.class)
class TemplateEditorAcceptanceTest {
    private static final String NEW_ASK = "Will you meet me at your next surgery to talk about trafficking in our town?";

    @TempDir
    static Path home;

    private TemplateCatalog catalog;
    private TemplateEditorViewModel vm;
    /** Answers every question yes (an import: cancel) and records errors, so the test sees what a user would have been told. */
    private final RecordingDialogService dialogs = new RecordingDialogService().answerQuestionsWith(question ->
            question.id().equals("editor-import") ? EditorQuestions.ImportDecision.CANCEL : Boolean.TRUE);
    private final List<Throwable> errors = dialogs.errors;

    @Start
    void start(Stage stage) {
        AppDataFolder data = new AppDataFolder(home.resolve("case-" + System.nanoTime()));
        catalog = Bundled.catalog(data);
        Parliament parliament = new ParliamentRepository(data).bundled();
        vm = new TemplateEditorViewModel(TemplateEditorWindow.services(catalog, parliament, Debouncer.immediate(),
                Runnable::run, new org.dearmp.ui.task.CallingThreadExecutor(), Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)), dialogs);
        TemplateEditorView view = new TemplateEditorView(vm);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @Test
    void duplicateEditInsertPreviewSaveAndTheWizardOffersIt(FxRobot robot) {
        robot.clickOn("Stronger laws and sentences for traffickers");
        robot.clickOn("#editor-duplicate");
        assertThat(vm.form().idProperty().get()).isEqualTo("stronger-laws-copy");
        assertThat(robot.lookup("#editor-ask").queryAs(TextArea.class).isEditable()).isTrue();

        TextArea ask = robot.lookup("#editor-ask").queryAs(TextArea.class);
        robot.clickOn(ask);
        robot.interact(ask::selectAll);
        robot.write(NEW_ASK);
        assertThat(vm.form().askProperty().get()).isEqualTo(NEW_ASK);
        assertThat(preview(robot)).contains(NEW_ASK);

        TextArea body = robot.lookup("#editor-body").queryAs(TextArea.class);
        String mpName = vm.preview().previewMpProperty().get().member().displayName();
        String before = preview(robot);
        robot.interact(() -> {
            body.requestFocus();
            body.positionCaret(0);
        });
        robot.clickOn("#editor-palette");
        robot.clickOn(Messages.get("ui.editor.palette.item", "{{mp.name}}",
                Placeholders.find("mp.name").orElseThrow().description()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getText()).startsWith("{{mp.name}}I live in");
        assertThat(preview(robot)).isNotEqualTo(before).contains(mpName + "I live in");
        assertThat(vm.form().highlights()).anySatisfy(h -> assertThat(h.start()).isZero());

        robot.clickOn("#editor-undo");
        assertThat(body.getText()).startsWith("I live in");
        robot.clickOn("#editor-redo");
        assertThat(body.getText()).startsWith("{{mp.name}}I live in");

        robot.clickOn("#editor-save");
        assertThat(vm.statusProperty().get().text()).startsWith("Saved");
        assertThat(vm.form().dirtyProperty().get()).isFalse();
        assertThat(errors).isEmpty();

        // The list the letter wizard offers (bundled templates plus the user's own that check clean).
        LetterTemplate saved = catalog.find("stronger-laws-copy").orElseThrow();
        assertThat(saved.ask()).isEqualTo(NEW_ASK);
        assertThat(saved.body()).startsWith("{{mp.name}}I live in");
        assertThat(catalog.forLetterWriters()).extracting(LetterTemplate::id).contains("stronger-laws-copy");
    }

    @Test
    void clickingAProblemPutsTheCaretWhereItIs(FxRobot robot) {
        robot.clickOn("Visit a local project");
        robot.clickOn("#editor-duplicate");
        TextArea body = robot.lookup("#editor-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Dear {{mp.salutation}},\n\nWe met at {{mp.nmae}} last week.\n{{ask}}\n{{story}}"));

        ListView<?> problems = robot.lookup("#editor-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).isNotEmpty();
        javafx.scene.control.ListCell<?> cell = robot.lookup("#editor-problems .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof ProblemRow row
                        && row.problem().kind() == org.dearmp.template.ProblemKind.UNKNOWN_PLACEHOLDER)
                .query();
        assertThat(cell.getText()).startsWith("\u2716 " + Messages.get("ui.editor.problem.inBody", 3, 11, ""));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.isFocused()).isTrue();
        assertThat(body.getText().substring(body.getCaretPosition())).startsWith("{{mp.nmae}}");
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#editor-preview").queryAs(TextArea.class).getText();
    }
}
