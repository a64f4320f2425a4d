package org.dearmp.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.shell.DearMpApp;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The guide in the real app: F1 opens it at the step's part, Help > Guide at writing a letter that counts. */
class GuideAcceptanceTest extends AcceptanceTestBase {
    @AfterEach
    void closeOwnedWindows() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
    }

    private void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeView<GuideSection> sections() {
        return robot.lookup("#guide-sections").queryAs(TreeView.class);
    }

    private GuideSection chosen() {
        return sections().getSelectionModel().getSelectedItem().getValue();
    }

    private String shown(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void f1OnAStepOpensTheGuideAtThatStepsPartAndTheArrowsReachWritingALetterThatCounts() throws Exception {
        DearMpApp app = start();
        Stage main = app.window().stage();
        robot.interact(() -> {
            app.wizard().postcode().inputProperty().set("CF10 1EP");
            app.wizard().goTo(Step.TEMPLATE);
            main.requestFocus();
        });
        waitUntil(() -> app.wizard().stepProperty().get() == Step.TEMPLATE);
        press(KeyCode.F1);
        waitUntil(() -> robot.lookup("#guide-sections").tryQuery().isPresent());

        assertThat(chosen()).isEqualTo(GuideSection.TEMPLATE);
        assertThat(shown("help-heading")).isEqualTo(Messages.get("ui.help.template.heading"));
        assertThat(shown("help-text")).isEqualTo(Messages.get("ui.help.template.text"));
        Node focus = sections().getScene().getFocusOwner();
        assertThat(focus).as("the list of parts has the keys").isSameAs(sections());

        // Home goes to the first part of the list: writing a letter that counts, with its points.
        press(KeyCode.HOME);
        assertThat(chosen()).isEqualTo(GuideSection.WRITING);
        assertThat(shown("help-heading")).isEqualTo("Writing a letter that counts");
        assertThat(shown("guide-point-1")).contains("one issue");
        assertThat(shown("guide-point-2")).contains("one clear ask");
        assertThat(shown("guide-point-3")).contains("your own words");
        assertThat(shown("guide-point-4")).contains("full name and home address");
        assertThat(shown("guide-point-5")).contains("courteous");
        press(KeyCode.DOWN);
        assertThat(chosen()).isEqualTo(GuideSection.NEXT);
        assertThat(shown("guide-point-1")).contains("a few weeks");
        // Tab goes on to the text (to scroll it with the arrow keys), then to Close.
        press(KeyCode.TAB);
        assertThat(sections().getScene().getFocusOwner().getId()).isEqualTo("guide-scroll");
        press(KeyCode.TAB);
        assertThat(sections().getScene().getFocusOwner().getId()).isEqualTo("help-close");

        press(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#guide-sections").tryQuery().isEmpty());
        assertThat(main.isShowing()).isTrue();
    }

    @Test
    void helpGuideOpensAtWritingALetterThatCounts() throws Exception {
        DearMpApp app = start();
        Stage main = app.window().stage();
        robot.interact(main::requestFocus);
        robot.clickOn("#menu-help");
        // A menu item is not a node: click its words, as the user does.
        robot.clickOn(Controls.plain(Messages.get("ui.menu.guide")));
        waitUntil(() -> robot.lookup("#guide-sections").tryQuery().isPresent());
        assertThat(chosen()).isEqualTo(GuideSection.WRITING);
        assertThat(shown("guide-intro")).isEqualTo(Messages.get("ui.guide.writing.intro"));
        press(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#guide-sections").tryQuery().isEmpty());
    }
}
