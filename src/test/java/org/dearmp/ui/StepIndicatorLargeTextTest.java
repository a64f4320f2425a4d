package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.wizard.Step;
import org.dearmp.ui.wizard.StepIndicator;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The step indicator never cuts a title short with "...": in the default window every title shows; at
 * 150 % text in the smallest window the other steps show their number or tick, and the current its title.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class StepIndicatorLargeTextTest {
    @TempDir
    static Path home;
    private WizardViewModel vm;
    private Stage stage;
    private BorderPane root;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = RightSenderRightSeatTest.wizard(home, null);
        vm.postcode().inputProperty().set("SW1A 0AA");
        vm.templates().select("stronger-laws");
        vm.goTo(Step.LETTER);
        root = new BorderPane();
        root.setTop(new StepIndicator(vm));
        root.getStyleClass().add("app");
        Scene scene = new Scene(root, 1040, 100);
        scene.getStylesheets().add(getClass().getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyTitleShowsInTheDefaultWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#step-postcode-indicator")).isEqualTo("\u2713 Your postcode");
        assertThat(shown(robot, "#step-letter-indicator")).isEqualTo("4  Your letter");
        assertThat(shown(robot, "#step-send-indicator")).isEqualTo("5  Send");
    }

    @Test
    void atLargeTextInTheSmallestWindowNoTitleIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                    Font.getDefault().getSize() * 1.5));
            stage.setWidth(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#step-postcode-indicator", "#step-mp-indicator", "#step-template-indicator",
                "#step-letter-indicator", "#step-send-indicator"}) {
            assertThat(shown(robot, id)).as(id).doesNotContain("\u2026").doesNotContain("...").isEqualTo(
                    robot.lookup(id).queryAs(Button.class).getText());
        }
        assertThat(shown(robot, "#step-letter-indicator")).isEqualTo("4  Your letter");
        assertThat(robot.lookup("#step-postcode-indicator").queryAs(Button.class).getAccessibleText())
                .contains("Your postcode");
    }

    private static String shown(FxRobot robot, String id) {
        return ((Text) robot.lookup(id).queryAs(Button.class).lookup(".text")).getText();
    }
}
