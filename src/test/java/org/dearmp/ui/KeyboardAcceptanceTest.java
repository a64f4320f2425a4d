package org.dearmp.ui;

import org.dearmp.testsupport.AcceptanceTestBase;

import org.dearmp.ui.shell.DearMpApp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.common.Windows;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys of issue 11 in the real app: where Enter goes, Escape and Ctrl+W for the windows beside the wizard
 * (the template editor keeps what was typed), F1 for the screen's help, and the text size in every window.
 */
class KeyboardAcceptanceTest extends AcceptanceTestBase {
    @AfterEach
    void closeOwnedWindows() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
    }

    @Override
    public DearMpApp start() throws Exception {
        DearMpApp app = super.start();
        robot.interact(() -> app.window().stage().requestFocus());
        return app;
    }

    private static String focused(Stage stage) {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? "nothing" : owner.getId();
    }

    private void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Step step(DearMpApp app) {
        return app.wizard().stepProperty().get();
    }

    private void toLetterStep(DearMpApp app) throws Exception {
        robot.interact(() -> {
            app.wizard().postcode().inputProperty().set("CF10 1EP");
            app.wizard().templates().select("stronger-laws");
            app.wizard().goTo(Step.LETTER);
        });
        waitUntil(() -> "sender-name".equals(focused(app.window().stage())));
    }

    /** A window of the app other than the main one, by the id of its root. */
    private static Stage window(String rootId) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && rootId.equals(w.getScene().getRoot().getId())).map(Stage.class::cast).findFirst().orElse(null);
    }

    @Test
    void enterIsNextOnlyWhereNoControlUsesIt() throws Exception {
        DearMpApp app = start();
        Stage main = app.window().stage();
        toLetterStep(app);
        robot.write("Sam Jones");

        // A multi-line field: Enter is a new line.
        robot.interact(() -> robot.lookup("#sender-address").query().requestFocus());
        robot.write("1 Bute Street");
        press(KeyCode.ENTER);
        assertThat(step(app)).isEqualTo(Step.LETTER);
        assertThat(robot.lookup("#sender-address").queryAs(TextArea.class).getText()).isEqualTo("1 Bute Street\n");

        // A button: Enter presses it (Back goes back), never Next.
        robot.interact(() -> robot.lookup("#add-point").query().requestFocus());
        press(KeyCode.ENTER);
        assertThat(app.wizard().letter().points()).hasSize(1);
        assertThat(focused(main)).isEqualTo("point-1");
        robot.write("Survivors need safe houses.");
        press(KeyCode.ENTER);
        assertThat(step(app)).isEqualTo(Step.LETTER);
        assertThat(focused(main)).isEqualTo("point-2");
        // An empty last point: Enter adds no more empty ones.
        press(KeyCode.ENTER);
        assertThat(app.wizard().letter().points()).hasSize(2);
        assertThat(step(app)).isEqualTo(Step.LETTER);
        // Enter in the first of two points goes to the second.
        robot.interact(() -> robot.lookup("#point-1").query().requestFocus());
        press(KeyCode.ENTER);
        assertThat(focused(main)).isEqualTo("point-2");

        robot.interact(() -> robot.lookup("#back").query().requestFocus());
        press(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.TEMPLATE);
        assertThat(focused(main)).as("the step's first input, never Back").isEqualTo("template-list");

        // A plain field: Enter is Next.
        press(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.LETTER);
        assertThat(focused(main)).isEqualTo("sender-name");
        press(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.SEND);
        assertThat(focused(main)).isEqualTo("save-pdf");
    }

    @Test
    void enterInASeatListChoosesTheSeatThenGoesOn() throws Exception {
        DearMpApp app = start();
        waitUntil(() -> "postcode-field".equals(focused(app.window().stage())));
        robot.write("bt11aa");
        waitUntil(() -> !app.wizard().postcode().candidates().isEmpty());
        press(KeyCode.TAB);
        assertThat(focused(app.window().stage())).isEqualTo("candidate-list");
        press(KeyCode.DOWN);
        press(KeyCode.ENTER);
        waitUntil(() -> app.wizard().postcode().chosenProperty().get() != null);
        if (step(app) == Step.POSTCODE) {
            // Down only moved the focus: the first Enter chose the seat, the second goes on.
            press(KeyCode.ENTER);
        }
        waitUntil(() -> step(app) == Step.MP);

        // The list of every seat: Enter takes the focused seat, and once one is chosen goes on.
        robot.interact(() -> app.wizard().goTo(Step.POSTCODE));
        robot.interact(() -> app.wizard().postcode().allSeatsShownProperty().set(true));
        robot.interact(() -> robot.lookup("#all-seats-list").query().requestFocus());
        press(KeyCode.DOWN);
        press(KeyCode.ENTER);
        if (step(app) == Step.POSTCODE) {
            press(KeyCode.ENTER);
        }
        waitUntil(() -> step(app) == Step.MP);
    }

    @Test
    void escapeAndCtrlWCloseTheBatchAndTemplateWindowsAndTheEditorKeepsWhatWasTyped() throws Exception {
        DearMpApp app = start();
        Stage main = app.window().stage();

        press(KeyCode.SHORTCUT, KeyCode.B);
        waitUntil(() -> window("batch-view") != null);
        Stage batch = window("batch-view");
        assertThat(focused(batch)).isEqualTo("batch-choose-file");
        press(KeyCode.ESCAPE);
        waitUntil(() -> !batch.isShowing());

        robot.interact(main::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.B);
        waitUntil(() -> window("batch-view") != null);
        Stage again = window("batch-view");
        press(KeyCode.SHORTCUT, KeyCode.W);
        waitUntil(() -> !again.isShowing());

        // The editor: a close that its guard refuses keeps the window open...
        robot.interact(main::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.T);
        waitUntil(() -> window("template-editor") != null);
        Stage editor = window("template-editor");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.dearmp.ui.templateeditor.TemplateItem> list = robot.from(editor.getScene().getRoot())
                .lookup("#editor-templates").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(t -> t.id().equals("stronger-laws")).findFirst().orElseThrow()));
        robot.interact(() -> robot.from(editor.getScene().getRoot()).lookup("#editor-duplicate").queryButton().fire());
        TextArea ask = robot.from(editor.getScene().getRoot()).lookup("#editor-ask").queryAs(TextArea.class);
        waitUntil(ask::isEditable);
        robot.clickOn(ask);
        robot.interact(ask::selectAll);
        robot.write("Will you meet me?");
        waitUntil(() -> ask.getText().equals("Will you meet me?"));
        javafx.event.EventHandler<javafx.stage.WindowEvent> guard = javafx.stage.WindowEvent::consume;
        robot.interact(() -> editor.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, guard));
        press(KeyCode.ESCAPE);
        assertThat(editor.isShowing()).as("the guard said no").isTrue();
        robot.interact(() -> editor.removeEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, guard));

        // ... and a close it allows loses nothing: the change is saved.
        press(KeyCode.ESCAPE);
        waitUntil(() -> !editor.isShowing());
        Path saved = home.resolve("data/templates/stronger-laws-copy.txt");
        waitUntil(() -> Files.exists(saved));
        assertThat(Files.readString(saved)).contains("Will you meet me?");
    }

    @Test
    void f1ShowsTheHelpForTheScreenOnScreen() throws Exception {
        DearMpApp app = start();
        Stage main = app.window().stage();
        press(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-text").tryQuery().isPresent());
        assertThat(robot.lookup("#help-heading").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.help.postcode.heading"));
        assertThat(robot.lookup("#help-text").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.help.postcode.text"));
        assertThat(Window.getWindows().stream().filter(w -> w.isShowing() && w != main).count())
                .as("one help dialog, not one for the menu's F1 and one for the window's").isEqualTo(1);
        press(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#help-text").tryQuery().isEmpty());

        toLetterStep(app);
        press(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-text").tryQuery().isPresent());
        assertThat(robot.lookup("#help-heading").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.help.letter.heading"));
        assertThat(robot.lookup("#help-keys").queryAs(Label.class).getText()).contains("Enter");
        press(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#help-text").tryQuery().isEmpty());
        assertThat(focused(main)).as("the focus is back where it was").isEqualTo("sender-name");

        robot.interact(main::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.B);
        waitUntil(() -> window("batch-view") != null);
        press(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-text").tryQuery().isPresent());
        assertThat(robot.lookup("#help-heading").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.help.batch.heading"));
        press(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#help-text").tryQuery().isEmpty());
        assertThat(window("batch-view")).as("Escape closed the help, not the window").isNotNull();
    }

    @Test
    void theTextSizeAppliesToEveryWindowOpenBeforeOrAfterTheChange() throws Exception {
        DearMpApp app = start();
        Stage main = app.window().stage();
        Windows windows = app.window().windows();
        double normal = windows.fontSize();

        press(KeyCode.SHORTCUT, KeyCode.B);
        waitUntil(() -> window("batch-view") != null);
        Stage batch = window("batch-view");
        robot.interact(main::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.T);
        waitUntil(() -> window("template-editor") != null);
        Stage editor = window("template-editor");
        assertThat(fontSize(batch)).isEqualTo(normal, org.assertj.core.data.Offset.offset(0.01));
        assertThat(batch.getScene().getStylesheets()).anyMatch(s -> s.endsWith("dear-mp.css"));
        assertThat(editor.getScene().getStylesheets()).anyMatch(s -> s.endsWith("dear-mp.css"));

        // View > Larger text, in the main window: the windows already open follow.
        robot.interact(main::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.EQUALS);
        double larger = normal * Windows.STEP;
        assertThat(fontSize(main)).isEqualTo(larger, org.assertj.core.data.Offset.offset(0.01));
        assertThat(fontSize(batch)).isEqualTo(larger, org.assertj.core.data.Offset.offset(0.01));
        assertThat(fontSize(editor)).isEqualTo(larger, org.assertj.core.data.Offset.offset(0.01));
        // The editor's text really is larger, not only its root's style.
        Label heading = robot.from(editor.getScene().getRoot()).lookup("#editor-list-heading").queryAs(Label.class);
        assertThat(heading.getFont().getSize()).isGreaterThan(normal * 1.1);

        // Ctrl+= in the batch window does the same everywhere, and is remembered.
        robot.interact(batch::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.EQUALS);
        double largest = larger * Windows.STEP;
        assertThat(fontSize(main)).isEqualTo(largest, org.assertj.core.data.Offset.offset(0.01));
        assertThat(fontSize(editor)).isEqualTo(largest, org.assertj.core.data.Offset.offset(0.01));
        waitUntil(() -> Math.abs(new SettingsStore(app.wizard().folder()).load().fontScale()
                - Windows.STEP * Windows.STEP) < 0.001);

        // A window opened after the change starts at the new size; a dialog too.
        robot.interact(batch::close);
        robot.interact(main::requestFocus);
        press(KeyCode.SHORTCUT, KeyCode.B);
        waitUntil(() -> window("batch-view") != null);
        assertThat(fontSize(window("batch-view"))).isEqualTo(largest, org.assertj.core.data.Offset.offset(0.01));
        press(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#help-dialog").query().getStyle()).contains(String.format(java.util.Locale.ROOT,
                "%.2fpx", largest));
        press(KeyCode.ESCAPE);
    }

    private static double fontSize(Stage stage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px")
                .matcher(stage.getScene().getRoot().getStyle());
        assertThat(m.find()).as(stage.getScene().getRoot().getStyle()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
