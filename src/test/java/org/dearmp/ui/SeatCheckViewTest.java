package org.dearmp.ui;

import org.dearmp.testsupport.AccessibilityAudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dearmp.letter.Sender;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.wizard.letter.LetterView;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The letter step with a remembered Cardiff address and a letter to Chorley's MP: said plainly, with a way out. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class SeatCheckViewTest {
    @TempDir
    static Path home;
    private WizardViewModel vm;
    private LetterView view;

    @Start
    void start(Stage stage) throws Exception {
        vm = RightSenderRightSeatTest.wizard(home, new Sender("Siân Evans", List.of("4 Heol y Frenhines", "Cardiff"),
                "CF10 1EP", "", ""));
        vm.templates().select("survivor-support");
        view = new LetterView(vm.letter());
        Scene scene = new Scene(view, 1100, 780);
        scene.getStylesheets().add(LetterView.class.getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().add("app");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theMismatchIsShownAndTheWriterCanSwitchToTheirOwnMp(FxRobot robot) {
        assertThat(robot.lookup("#seat-check").query().isVisible()).isFalse();

        robot.interact(() -> vm.postcode().inputProperty().set("PR7 1AB"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#seat-check").query().isVisible()).isTrue();
        assertThat(robot.lookup("#seat-check-message").queryAs(Label.class).getText()).startsWith(
                "Your address postcode CF10 1EP is in Cardiff South and Penarth, but this letter is to the MP for Chorley.");
        Button switchSeat = robot.lookup("#seat-check-switch").queryButton();
        // An underscore before the mnemonic letter (Alt+W, Alt+K); read aloud without it.
        assertThat(switchSeat.getText()).isEqualTo("_Write to Cardiff South and Penarth's MP instead");
        assertThat(switchSeat.getAccessibleText()).isEqualTo("Write to Cardiff South and Penarth's MP instead");
        assertThat(robot.lookup("#seat-check-keep").queryButton().getText()).isEqualTo("_Keep this MP");
        assertThat(AccessibilityAudit.problems(view)).isEmpty();
        assertThat(vm.letter().previewTextProperty().get()).doesNotContain("Chorley constituency");
        assertThat(robot.lookup("#speaker-ask-note").query().isVisible()).as("the Speaker is Chorley's MP").isTrue();

        robot.clickOn("#seat-check-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.postcode().constituencyProperty().get().name()).isEqualTo("Cardiff South and Penarth");
        assertThat(robot.lookup("#seat-check").query().isVisible()).isFalse();
        assertThat(robot.lookup("#speaker-ask-note").query().isVisible()).isFalse();
        assertThat(AccessibilityAudit.problems(view)).isEmpty();
        assertThat(vm.letter().previewTextProperty().get()).contains("I live in the Cardiff South and Penarth constituency");
    }

    @Test
    void keepingTheMpHidesTheWarning(FxRobot robot) {
        robot.interact(() -> vm.postcode().inputProperty().set("PR7 1AB"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#seat-check-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#seat-check").query().isVisible()).isFalse();
        assertThat(vm.postcode().constituencyProperty().get().name()).isEqualTo("Chorley");
        assertThat(vm.letter().previewTextProperty().get()).doesNotContain("Chorley constituency")
                .contains("I live in the Cardiff South and Penarth constituency");
    }
}
