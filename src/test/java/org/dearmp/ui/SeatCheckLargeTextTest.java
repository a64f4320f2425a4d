package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
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

/**
 * The seat check at 150 % text in the smallest window (900 x 640): its buttons fit the letter form's
 * column, so the form needs no sideways scrolling and no line of it is cut off at the right.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class SeatCheckLargeTextTest {
    @TempDir
    static Path home;
    private WizardViewModel vm;
    private LetterView view;

    @Start
    void start(Stage stage) throws Exception {
        vm = RightSenderRightSeatTest.wizard(home, new Sender("Siân Evans", List.of("4 Heol y Frenhines", "Cardiff"),
                "CF10 1EP", "", ""));
        vm.templates().select("stronger-laws");
        view = new LetterView(vm.letter());
        Scene scene = new Scene(view, 900, 560);
        scene.getStylesheets().add(LetterView.class.getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().add("app");
        view.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * 1.5));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSeatCheckFitsTheFormAtLargeText(FxRobot robot) {
        robot.interact(() -> vm.postcode().inputProperty().set("PR7 1DP"));
        WaitForAsyncUtils.waitForFxEvents();
        Node box = robot.lookup("#seat-check").query();
        assertThat(box.isVisible()).isTrue();

        Node form = robot.lookup("#letter-form").query();
        ScrollPane scroll = scrollPaneOf(form);
        assertThat(form.getLayoutBounds().getWidth()).as("the form needs no sideways scrolling")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        Bounds inBox = box.getLayoutBounds();
        for (String id : List.of("#seat-check-switch", "#seat-check-keep")) {
            Button button = robot.lookup(id).queryButton();
            Bounds b = box.sceneToLocal(button.localToScene(button.getLayoutBounds()));
            assertThat(b.getMaxX()).as(id + " inside the note").isLessThanOrEqualTo(inBox.getMaxX() + 0.5);
            javafx.scene.text.Text shown = (javafx.scene.text.Text) button.lookup(".text");
            assertThat(shown.getText().replace("\n", " ")).as(id + " shows all its words")
                    .isEqualTo(button.getText().replace("_", ""));
        }
    }

    private static ScrollPane scrollPaneOf(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the form is not in a scroll pane");
    }
}
