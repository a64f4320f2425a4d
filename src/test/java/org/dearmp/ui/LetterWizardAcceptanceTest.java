package org.dearmp.ui;

import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.testsupport.AccessibilityAudit;

import org.dearmp.ui.shell.DearMpApp;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard as a user drives it, headless under Monocle, with the real data, templates and PDF. */
class LetterWizardAcceptanceTest extends AcceptanceTestBase {
    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Scrolls a control into view first, as a person would before clicking it. */
    private void clickInView(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> org.dearmp.ui.common.FocusScroller.reveal(node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Every control on the screen has an id, accessible text and (inputs) a label. */
    private void audit(DearMpApp app) {
        var root = app.window().stage().getScene().getRoot();
        assertThat(AccessibilityAudit.problems(root)).as("accessibility on " + step(app)).isEmpty();
    }

    private Step step(DearMpApp app) {
        return app.wizard().stepProperty().get();
    }

    @Test
    void aRealPostcodeToAPdfThatNamesTheMp() throws Exception {
        DearMpApp app = start();
        robot.clickOn("#postcode-field").write("sw1a 0aa");
        waitUntil(() -> text("#postcode-message").contains("Cities of London and Westminster"));
        audit(app);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.MP);
        audit(app);
        assertThat(text("#mp-name")).isEqualTo("Rachel Blake");
        assertThat(text("#mp-constituency")).isEqualTo("Cities of London and Westminster");

        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.TEMPLATE);
        audit(app);
        ListView<?> templates = robot.lookup("#template-list").queryAs(ListView.class);
        assertThat(templates.getItems()).hasSizeGreaterThanOrEqualTo(7);
        robot.clickOn(robot.lookup("#template-list .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> app.wizard().templates().selectedProperty().get() != null);
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.LETTER);

        robot.clickOn("#sender-name").write("Sam Jones");
        clickInView("#add-point");
        robot.write("Our drop-in centre helped three women leave exploitation this year.");
        clickInView("#add-point");
        robot.write("Survivors need secure funding for safe houses.");
        waitUntil(() -> app.wizard().letter().pointTexts().size() == 2
                && app.wizard().letter().previewTextProperty().get().contains("safe houses."));
        assertThat(app.wizard().letter().previewTextProperty().get()).contains("Dear Ms Blake");
        audit(app);

        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.SEND);
        audit(app);
        Path pdf = home.resolve("letter.pdf");
        running.nextFile = pdf;
        robot.clickOn("#save-pdf");
        waitUntil(() -> Files.exists(pdf) && robot.lookup("#open-folder").queryAs(Button.class).isVisible());
        assertThat(text("#send-status")).contains("letter.pdf");

        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(firstPage).contains("Rachel Blake", "Dear Ms Blake", "Sam Jones", "safe houses");
    }

    @Test
    void aNorthernIrelandPostcodeGoesThroughTheChoice() throws Exception {
        DearMpApp app = start();
        robot.clickOn("#postcode-field").write("BT1 1AA");
        waitUntil(() -> !robot.lookup("#candidate-list").queryAs(ListView.class).getItems().isEmpty());
        assertThat(text("#choose-reason")).contains("Northern Ireland");
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#show-all-seats");
        audit(app);
        ListView<?> candidates = robot.lookup("#candidate-list").queryAs(ListView.class);
        assertThat(candidates.getItems()).hasSize(18);
        robot.clickOn(robot.lookup("#candidate-list .list-cell").nth(0).queryAs(Node.class));
        var chosen = app.wizard().postcode().constituencyProperty().get();
        assertThat(chosen).isNotNull();
        assertThat(chosen.isNorthernIreland()).isTrue();
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.MP);
        String expected = app.wizard().services().parliament().member(chosen.code()).orElseThrow().displayName();
        assertThat(text("#mp-name")).isEqualTo(expected);
        assertThat(text("#mp-constituency")).isEqualTo(chosen.displayName());
    }

    @Test
    void aLetterLeftUnfinishedIsOfferedBackAtTheNextStart() throws Exception {
        DearMpApp app = start();
        robot.clickOn("#postcode-field").write("SW1A 0AA").type(KeyCode.ENTER);
        waitUntil(() -> step(app) == Step.MP);
        robot.clickOn("#next");
        robot.clickOn(robot.lookup("#template-list .list-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#next");
        waitUntil(() -> step(app) == Step.LETTER);
        robot.clickOn("#sender-name").write("Sam Jones");
        // The story box is below the fold: focus it as Tab would, and the form scrolls to show it.
        Node story = robot.lookup("#story").queryAs(Node.class);
        robot.interact(story::requestFocus);
        robot.write("I volunteer at a night shelter.");
        waitUntil(() -> app.wizard().letter().storyProperty().get().equals("I volunteer at a night shelter."));

        // Close the window straight away, as a user would, before the typing pause saves the draft.
        Stage stage = app.window().stage();
        robot.interact(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.hide();
        });
        running.stop();

        DearMpApp again = start();
        waitUntil(() -> robot.lookup("#draft-resume").tryQuery().isPresent());
        assertThat(text("#draft-message")).contains("Rachel Blake");
        robot.clickOn("#draft-resume");
        waitUntil(() -> step(again) == Step.LETTER);
        assertThat(again.wizard().letter().storyProperty().get()).isEqualTo("I volunteer at a night shelter.");
        assertThat(again.wizard().letter().nameProperty().get()).isEqualTo("Sam Jones");
        assertThat(again.wizard().mp().nameProperty().get()).isEqualTo("Rachel Blake");
    }
}
