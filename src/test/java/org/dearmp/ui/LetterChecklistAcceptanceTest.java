package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.testsupport.AccessibilityAudit;
import org.dearmp.ui.shell.DearMpApp;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.Test;

/** The letter step shows the checklist for a letter that counts, and it follows the writer's typing. */
class LetterChecklistAcceptanceTest extends AcceptanceTestBase {
    private static final String STORY = "I volunteer at a night shelter in Westminster, and last winter I met a "
            + "young woman who had been trafficked here and kept in a flat for two years before anyone noticed.";

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @Test
    void theChecklistIsShownWithTheGuidanceAndUpdatesWhenTheStoryIsTyped() throws Exception {
        DearMpApp app = start();
        robot.clickOn("#postcode-field").write("SW1A 0AA").type(KeyCode.ENTER);
        waitUntil(() -> app.wizard().stepProperty().get() == Step.MP);
        robot.clickOn("#next");
        robot.interact(() -> app.wizard().templates().select("stronger-laws"));
        robot.clickOn("#next");
        waitUntil(() -> app.wizard().stepProperty().get() == Step.LETTER);
        robot.clickOn("#sender-name").write("Sam Jones");

        Label story = label("#checklist-personal-story");
        waitUntil(() -> story.isVisible() && story.getText().contains("Add a reason or story of your own"));
        // Each item says its state in words to a screen reader, not by the mark's colour alone.
        assertThat(story.getAccessibleText()).startsWith("To do: Add a reason or story of your own")
                .contains("personal story");
        assertThat(label("#checklist-personal-story-mark").getText()).isEqualTo("\u2717");
        assertThat(label("#checklist-one-ask").getAccessibleText()).startsWith("Done: One clear ask");
        assertThat(label("#checklist-local-angle").getText()).contains("Say what it means locally");
        String before = robot.lookup("#letter-checklist").queryAs(javafx.scene.control.TitledPane.class).getText();
        assertThat(before).matches("Checklist: \\d of 9 done");
        // The guidance line above does not call the letter good while the checklist has something to do.
        assertThat(label("#guidance").getText()).doesNotStartWith("Good");
        assertThat(AccessibilityAudit.problems(app.window().stage().getScene().getRoot())).isEmpty();

        Node storyBox = robot.lookup("#story").queryAs(Node.class);
        robot.interact(storyBox::requestFocus);
        robot.write(STORY);

        waitUntil(() -> story.getText().startsWith("A reason of your own"));
        assertThat(story.getAccessibleText()).startsWith("Done: A reason of your own");
        assertThat(label("#checklist-personal-story-mark").getText()).isEqualTo("\u2713");
        assertThat(label("#checklist-local-angle").getText()).contains("Westminster");
        assertThat(robot.lookup("#letter-checklist").queryAs(javafx.scene.control.TitledPane.class).getText())
                .isNotEqualTo(before);
        // It guides and never blocks: the step goes on whatever the checklist says.
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isFalse();
    }
}
