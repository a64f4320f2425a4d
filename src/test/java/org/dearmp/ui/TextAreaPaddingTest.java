package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
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

/** The address box's words start where the name field's do: the text area keeps its inner padding. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TextAreaPaddingTest {
    @TempDir
    static Path home;

    @Start
    void start(Stage stage) throws Exception {
        WizardViewModel vm = RightSenderRightSeatTest.wizard(home, new Sender("Sam Jones",
                List.of("12 Example Street", "London"), "SW1A 0AA", "", ""));
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
    void theAddressTextIsInsetLikeTheNameField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double name = textInset(robot.lookup("#sender-name").queryAs(Control.class), "Sam Jones");
        double address = textInset(robot.lookup("#sender-address").queryAs(Control.class), "12 Example Street");
        assertThat(address).as("the address text's inset").isCloseTo(name, org.assertj.core.data.Offset.offset(2.0));
    }

    /** How far right of the control's left edge its text is drawn. */
    private static double textInset(Control control, String words) {
        for (Node n : control.lookupAll(".text")) {
            if (n instanceof Text text && text.getText() != null && text.getText().startsWith(words)) {
                return text.localToScene(text.getLayoutBounds()).getMinX()
                        - control.localToScene(control.getLayoutBounds()).getMinX();
            }
        }
        throw new AssertionError("no text \"" + words + "\" in " + control.getId());
    }
}
