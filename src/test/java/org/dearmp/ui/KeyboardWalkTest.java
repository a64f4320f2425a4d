package org.dearmp.ui;

import org.dearmp.testsupport.AcceptanceApp;
import org.dearmp.testsupport.AccessibilityAudit;
import org.dearmp.testsupport.MnemonicAudit;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;

import org.dearmp.ui.shell.DearMpApp;
import org.dearmp.ui.shell.EraseDataDialog;
import org.dearmp.ui.shell.NewLetterDialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.core.DearMpException;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.template.pack.PackEntry;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.pack.TemplatePack;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.LineDiff;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.shell.AboutDialog;
import org.dearmp.ui.batch.BatchWindow;
import org.dearmp.ui.batch.FinishedBatchQuestion;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.desktop.FxDialogService;
import org.dearmp.testsupport.RecordingDialogService;
import org.dearmp.ui.common.ErrorDialog;
import org.dearmp.ui.templateeditor.CompareDialog;
import org.dearmp.ui.templateeditor.EditorQuestions;
import org.dearmp.ui.templateeditor.ShareDialog;
import org.dearmp.ui.templateeditor.TemplateEditorViewModel;
import org.dearmp.ui.templateeditor.TemplateItem;
import org.dearmp.ui.help.HelpDialog;
import org.dearmp.ui.help.HelpTopic;
import org.dearmp.ui.recent.RecentLettersDialog;
import org.dearmp.ui.recent.RecentLettersViewModel;
import org.dearmp.ui.wizard.Step;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every window and dialog of the app (the main window at each step and in the states that show more,
 * the batch window, the template editor, and every question they ask) and fails on a mnemonic that two visible
 * controls of one window share, or a button without one; the main, batch and template windows also pass the
 * accessibility audit, and every text area lets Tab leave it.
 */
@DataTest
@UiTest
class KeyboardWalkTest {
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private AcceptanceApp running;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> walked = new LinkedHashSet<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (running != null) {
            running.stop();
        }
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
        });
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Mnemonics of one window, and (for a window rather than a question) the accessibility audit. */
    private void audit(String where, Window window, boolean accessibility) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var scene = window.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            MnemonicAudit.problems(scene).forEach(p -> problems.add(where + ": " + p));
            MnemonicAudit.menuProblems(scene).forEach(p -> problems.add(where + ": " + p));
            if (accessibility) {
                AccessibilityAudit.problems(scene.getRoot()).forEach(p -> problems.add(where + ": " + p));
            }
            if (MnemonicAudit.buttonCount(scene) == 0) {
                problems.add(where + ": no button seen: the audit is not looking at the window");
            }
        });
        walked.add(where);
    }

    /** Shows a question (which waits for its answer), audits it, answers it with its cancel or only button. */
    private void question(String where, Runnable show) throws Exception {
        Window dialog = open(show);
        audit(where, dialog, false);
        answer(dialog);
    }

    private Window open(Runnable show) throws Exception {
        Set<Window> before = new HashSet<>(Window.getWindows());
        Platform.runLater(show);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        return Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).findFirst()
                .orElseThrow();
    }

    private void answer(Window dialog) throws Exception {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot().lookup(".dialog-pane");
        robot.interact(() -> {
            List<ButtonType> types = pane.getButtonTypes();
            ButtonType cancel = types.stream().filter(t -> t.getButtonData().isCancelButton()).findFirst()
                    .orElse(types.get(0));
            ((Button) pane.lookupButton(cancel)).fire();
        });
        waitUntil(() -> !dialog.isShowing());
    }

    private static Step step(DearMpApp app) {
        return app.wizard().stepProperty().get();
    }

    @Test
    void everyWindowAndDialogHasUniqueMnemonicsAndEveryButtonHasOne() throws Exception {
        walkEveryWindow();
    }

    /** The Welsh words have letters of their own: the same walk with the Welsh bundle. */
    @Test
    void inWelshToo() throws Exception {
        Messages.use(Language.WELSH);
        try {
            walkEveryWindow();
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    private void walkEveryWindow() throws Exception {
        running = new AcceptanceApp(home);
        DearMpApp app = running.start();
        WizardViewModel vm = app.wizard();
        Stage main = app.window().stage();

        audit("postcode step", main, true);
        robot.interact(() -> vm.postcode().inputProperty().set("BT1 1AA"));
        waitUntil(() -> !vm.postcode().candidates().isEmpty());
        robot.interact(() -> vm.postcode().allSeatsShownProperty().set(true));
        audit("postcode step, choosing a seat", main, true);
        robot.interact(() -> vm.postcode().inputProperty().set("CF10 1EP"));
        waitUntil(() -> vm.canGoNextProperty().get());
        robot.interact(vm::next);
        waitUntil(() -> step(app) == Step.MP);
        audit("MP step", main, true);
        robot.interact(vm::next);
        audit("template step", main, true);
        robot.interact(() -> vm.templates().select("stronger-laws"));
        robot.interact(vm::next);
        waitUntil(() -> step(app) == Step.LETTER);
        robot.interact(() -> {
            vm.letter().nameProperty().set("Sam Jones");
            vm.letter().addPoint("Survivors need safe houses.");
            vm.letter().addPoint("");
            vm.letter().postcodeProperty().set("SW1A 0AA");
        });
        waitUntil(() -> robot.lookup("#seat-check-switch").query().isVisible());
        audit("letter step, with the seat check", main, true);
        robot.interact(() -> vm.letter().postcodeProperty().set("CF10 1EP"));
        robot.interact(vm::next);
        waitUntil(() -> step(app) == Step.SEND);
        audit("send step", main, true);
        robot.interact(() -> robot.lookup("#save-txt").queryButton().fire());
        waitUntil(() -> robot.lookup("#open-folder").query().isVisible());
        audit("send step, saved", main, true);
        robot.interact(() -> vm.letter().nameProperty().set("Sam Jones ".repeat(40)));
        robot.interact(() -> robot.lookup("#open-mail").queryButton().fire());
        waitUntil(() -> robot.lookup("#offer-eml").query().isVisible());
        audit("send step, offering the email file", main, true);

        // The main window's questions.
        question("About", () -> AboutDialog.create(main, vm.services().dataInfo()).showAndWait());
        question("Recent letters", () -> RecentLettersDialog.show(main,
                new RecentLettersViewModel(vm.recentLetters(), vm, ZoneId.systemDefault())));
        question("New letter", () -> NewLetterDialog.ask(new FxDialogService(main), vm.describeUnkept()));
        question("Erase all my data", () -> EraseDataDialog.ask(main, home, true));
        question("Erased", () -> EraseDataDialog.done(main, true));
        question("Draft offered", () -> app.window().offerDraft(vm.snapshot()));
        question("MP list updated", () -> org.dearmp.ui.mplist.MpListChangesDialog.create(main,
                new org.dearmp.ui.mplist.MpListUpdateViewModel.Changes("Dear MP now uses the MP list of 1 November 2026",
                        "1 seat has a different MP or party since the list of 27 June 2026:", List.of(
                        new org.dearmp.ui.mplist.MpListUpdateViewModel.SeatChange("Makerfield",
                                "was Andy Burnham (Labour (Co-op)), now vacant (no MP until a by-election)"))))
                .showAndWait());
        for (HelpTopic topic : HelpTopic.values()) {
            question("Help: " + topic, () -> HelpDialog.show(main, topic));
        }
        Window error = open(() -> ErrorDialog.show(main, new IllegalStateException("a bug")));
        audit("Error", error, false);
        robot.interact(() -> ((ToggleButton) error.getScene().getRoot().lookup("#error-show-details")).fire());
        audit("Error, with its details", error, false);
        answer(error);

        // The batch window, with every section showing.
        Path supporters = BatchFixtures.messyCsv(home);
        Stage batch = WaitForAsyncUtils.asyncFx(() -> BatchWindow.open(main, running.context::batch,
                stage -> new RecordingDialogService()
                .answerFilesWith(asked -> asked.kind().equals("folder") ? Optional.of(home.resolve("letters"))
                        : asked.fileKind() == FileKind.SUPPORTERS ? Optional.of(supporters) : Optional.empty()))).get(30, TimeUnit.SECONDS);
        audit("batch window", batch, true);
        fire(batch, "#batch-choose-file");
        waitUntil(() -> batch.getScene().lookup("#batch-mapping").isVisible());
        fire(batch, "#batch-check");
        waitUntil(() -> batch.getScene().lookup("#batch-check-section").isVisible());
        robot.interact(() -> ((TableView<?>) batch.getScene().lookup("#batch-issues")).getSelectionModel().select(0));
        audit("batch window, checked", batch, true);
        fire(batch, "#batch-skip-all");
        fire(batch, "#batch-choose-folder");
        waitUntil(() -> !batch.getScene().lookup("#batch-write").isDisabled());
        fire(batch, "#batch-write");
        waitUntil(() -> batch.getScene().lookup("#batch-summary-section").isVisible());
        audit("batch window, written", batch, true);
        // Write letters again on the same folder: the question about the finished batch in it.
        Window finished = open(() -> FinishedBatchQuestion.ask(new FxDialogService(batch), home.resolve("letters"), 3));
        audit("Replace the finished batch", finished, false);
        assertThat(finished.getWidth()).as("the finished-batch question fits its window")
                .isLessThanOrEqualTo(batch.getWidth());
        answer(finished);
        robot.interact(batch::close);

        // The template editor, from the menu's shortcut, and its questions.
        robot.interact(main::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        waitUntil(() -> editor() != null);
        Stage editor = editor();
        audit("template editor", editor, true);
        robot.interact(() -> robot.from(editor.getScene().getRoot()).lookup("#editor-duplicate").queryButton()
                .fire());
        robot.interact(() -> ((TitledPane) editor.getScene().lookup("#editor-sample")).setExpanded(true));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        audit("template editor, editing a copy", editor, true);
        FxDialogService dialogs = new FxDialogService(editor);
        question("Delete template", () -> EditorQuestions.confirmDelete(dialogs, "My template"));
        question("Share templates", () -> ShareDialog.ask(editor, List.of(
                new TemplateItem("mine", "My template", List.of(), false, 0, ""),
                new TemplateItem("other", "Another", List.of(), false, 0, "")), ""));
        question("Share, nothing to share", () -> ShareDialog.ask(editor, List.of(), ""));
        PackManifest manifest = new PackManifest(PackManifest.FORMAT, "A campaign", Instant.now(), "Dear MP",
                List.of(new PackEntry("mine", "My template", "1", "mine.txt", "")));
        TemplatePack pack = new TemplatePack(manifest, List.of());
        question("Import, new templates", () -> EditorQuestions.confirmImport(dialogs,
                new ImportPlan(pack, List.of("mine"), List.of())));
        question("Import, replacing", () -> EditorQuestions.confirmImport(dialogs, new ImportPlan(pack, List.of("new"),
                List.of("mine"))));
        question("Compare with original", () -> CompareDialog.show(editor, new TemplateEditorViewModel.Comparison(
                "Original", "Copy", LineDiff.compare("Dear MP,\nOne.", "Dear MP,\nTwo."))));
        question("Editor error", () -> dialogs.showError(new DearMpException("Could not read the pack.")));
        robot.interact(editor::close);

        // The start screens, last: they replace the wizard.
        robot.interact(() -> app.window().showFailure(new IllegalStateException("no data")));
        audit("could not start", main, false);

        assertThat(walked).hasSizeGreaterThan(30);
        assertThat(problems).as("mnemonics and accessibility in " + walked).isEmpty();
    }

    private Stage editor() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("template-editor"))
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private void fire(Stage window, String query) {
        Node node = window.getScene().lookup(query);
        assertThat(node.isDisabled()).as(query).isFalse();
        robot.interact(() -> ((javafx.scene.control.ButtonBase) node).fire());
    }
}
