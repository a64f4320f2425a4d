package org.dearmp.ui;

import org.dearmp.testsupport.AcceptanceTestBase;

import org.dearmp.ui.shell.DearMpApp;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11's acceptance: a Cardiff postcode to a saved PDF and .eml with the keyboard alone. The only keys
 * pressed are Tab, Enter and Alt + an underlined letter, besides the text typed into the fields; the file
 * chooser answers itself (see {@link AcceptanceApp}).
 */
class KeyboardJourneyAcceptanceTest extends AcceptanceTestBase {
    private String focused(DearMpApp app) {
        Node owner = app.window().stage().getScene().getFocusOwner();
        return owner == null ? "nothing" : owner.getId();
    }

    private void alt(KeyCode letter) {
        robot.push(KeyCode.ALT, letter);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Step step(DearMpApp app) {
        return app.wizard().stepProperty().get();
    }

    @Test
    void aCardiffPostcodeToASavedPdfAndEmailFileWithTheKeyboardAlone() throws Exception {
        DearMpApp app = start();
        robot.interact(() -> app.window().stage().requestFocus());

        // 1. The postcode: the cursor is in the field.
        waitUntil(() -> "postcode-field".equals(focused(app)));
        robot.write("CF10 1EP");
        waitUntil(() -> robot.lookup("#postcode-message").queryAs(Label.class).getText()
                .contains("Cardiff South and Penarth"));
        press(KeyCode.ENTER);

        // 2. The MP: focus on the card (never Back), Enter goes on.
        waitUntil(() -> step(app) == Step.MP);
        assertThat(focused(app)).isEqualTo("mp-email");
        String mp = app.wizard().mp().nameProperty().get();
        assertThat(mp).isNotBlank();
        press(KeyCode.ENTER);

        // 3. The template: Enter takes the one under the focus, the first.
        waitUntil(() -> step(app) == Step.TEMPLATE);
        assertThat(focused(app)).isEqualTo("template-list");
        press(KeyCode.ENTER);

        // 4. The letter: name, address (Enter makes a new line, Tab leaves), points, story.
        waitUntil(() -> step(app) == Step.LETTER);
        assertThat(focused(app)).isEqualTo("sender-name");
        assertThat(app.wizard().templates().selectedProperty().get().id()).isEqualTo("stronger-laws");
        robot.write("Sam Jones");
        press(KeyCode.TAB);
        assertThat(focused(app)).isEqualTo("sender-address");
        robot.write("1 Bute Street");
        press(KeyCode.ENTER);
        robot.write("Cardiff");
        press(KeyCode.TAB);
        assertThat(focused(app)).as("Tab leaves the address").isEqualTo("sender-postcode");
        assertThat(app.wizard().letter().addressProperty().get()).isEqualTo("1 Bute Street\nCardiff");
        assertThat(app.wizard().letter().postcodeProperty().get()).as("filled in from step 1").isEqualTo("CF10 1EP");
        assertThat(step(app)).isEqualTo(Step.LETTER);

        alt(KeyCode.P); // Add a point
        assertThat(focused(app)).isEqualTo("point-1");
        robot.write("Survivors need secure funding for safe houses.");
        press(KeyCode.ENTER);
        assertThat(step(app)).as("Enter in a point never jumps on to Send").isEqualTo(Step.LETTER);
        assertThat(focused(app)).isEqualTo("point-2");
        robot.write("Our drop-in centre helped three women leave exploitation this year.");
        alt(KeyCode.S); // your story
        assertThat(focused(app)).isEqualTo("story");
        robot.write("I volunteer at a night shelter in Butetown.");
        waitUntil(() -> app.wizard().letter().previewTextProperty().get().contains("Butetown"));
        assertThat(app.wizard().letter().pointTexts()).containsExactly(
                "Survivors need secure funding for safe houses.",
                "Our drop-in centre helped three women leave exploitation this year.");
        alt(KeyCode.N); // Next

        // 5. Send: Enter saves the PDF; the focus stays there, not on "Start a new letter"; Alt+E the .eml.
        waitUntil(() -> step(app) == Step.SEND);
        assertThat(focused(app)).isEqualTo("save-pdf");
        press(KeyCode.ENTER);
        waitUntil(() -> running.savedTo.stream().anyMatch(p -> p.toString().endsWith(".pdf"))
                && robot.lookup("#open-folder").query().isVisible());
        assertThat(focused(app)).isEqualTo("save-pdf");
        alt(KeyCode.E); // Save as email file
        waitUntil(() -> running.savedTo.stream().anyMatch(p -> p.toString().endsWith(".eml"))
                && robot.lookup("#send-status").queryAs(Label.class).getText().contains(".eml"));
        assertThat(focused(app)).isNotEqualTo("start-new");

        Path pdf = running.savedTo.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        Path eml = running.savedTo.stream().filter(p -> p.toString().endsWith(".eml")).findFirst().orElseThrow();
        waitUntil(() -> Files.exists(pdf) && Files.exists(eml));
        String firstPage = new PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(1);
        assertThat(firstPage).contains(mp, "Sam Jones", "1 Bute Street", "safe houses", "Butetown");
        String email = Files.readString(eml);
        assertThat(email).contains("To: ", "Subject: ");
        assertThat(app.wizard().recentLetters().list()).isNotEmpty();
    }

    /** The address box as Tab and Enter leave it: a new line for Enter, never a tab character. */
    @Test
    void tabLeavesTheMultiLineFieldsAndShiftTabGoesBack() throws Exception {
        DearMpApp app = start();
        robot.interact(() -> {
            app.wizard().postcode().inputProperty().set("CF10 1EP");
            app.wizard().templates().select("stronger-laws");
            app.wizard().goTo(Step.LETTER);
        });
        waitUntil(() -> "sender-name".equals(focused(app)));
        TextArea address = robot.lookup("#sender-address").queryAs(TextArea.class);
        robot.interact(address::requestFocus);
        press(KeyCode.TAB);
        assertThat(focused(app)).isEqualTo("sender-postcode");
        robot.interact(address::requestFocus);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(app)).isEqualTo("sender-name");
        TextArea story = robot.lookup("#story").queryAs(TextArea.class);
        robot.interact(story::requestFocus);
        press(KeyCode.TAB);
        assertThat(focused(app)).isNotEqualTo("story");
        assertThat(address.getText()).doesNotContain("\t");
        assertThat(story.getText()).doesNotContain("\t");
        // Ctrl+Tab still types one, for the rare time it is wanted.
        robot.interact(story::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(story.getText()).isEqualTo("\t");
        assertThat(focused(app)).isEqualTo("story");
    }
}
