package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/** The writer's details on the letter step: the address box's placeholder, and the address postcode's error. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class LetterFieldsTest {
    @TempDir
    static Path home;
    private WizardViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = RightSenderRightSeatTest.wizard(home, new Sender("Sam Jones", List.of(), "", "", ""));
        vm.postcode().inputProperty().set("SW1A 0AA");
        vm.templates().select("stronger-laws");
        LetterView view = new LetterView(vm.letter());
        Scene scene = new Scene(view, 1040, 640);
        scene.getStylesheets().add(getClass().getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().add("app");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theAddressPlaceholderReadsRightOnOneLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String prompt = robot.lookup("#sender-address").queryAs(TextArea.class).getPromptText();
        // A text area shows its prompt on one line: a line break in it ran the words together.
        assertThat(prompt).doesNotContain("\n").isEqualTo("House and street, town");
    }

    @Test
    void aHalfTypedAddressPostcodeIsSaidUnderTheField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#sender-postcode-error").queryAs(Label.class);
        assertThat(error.isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#sender-postcode").queryAs(TextField.class).setText("CF10 1"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("\"CF10 1\" is not a complete postcode");
        assertThat(vm.letter().completeProperty().get()).isFalse();
        robot.interact(() -> robot.lookup("#sender-postcode").queryAs(TextField.class).setText("CF10 1EP"));
        assertThat(error.isVisible()).isFalse();
    }
}
