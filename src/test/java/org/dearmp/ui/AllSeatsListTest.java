package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.wizard.postcode.PostcodeView;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Show all 650 constituencies" under a Northern Ireland postcode's own list, at 150 % text in the smallest
 * window: the step scrolls, as the window's steps do, and the list of all seats keeps room for several rows
 * instead of being squeezed to nothing below its heading.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class AllSeatsListTest {
    @TempDir
    static Path home;
    private WizardViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = RightSenderRightSeatTest.wizard(home, null);
        PostcodeView view = new PostcodeView(vm.postcode());
        view.getStyleClass().add("step");
        StackPane centred = new StackPane(view);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("app", "step-scroll");
        scroll.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * 1.5));
        Scene scene = new Scene(scroll, 900, 460);
        scene.getStylesheets().add(getClass().getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theListOfAllSeatsIsNotSqueezed(FxRobot robot) {
        robot.interact(() -> {
            vm.postcode().inputProperty().set("BT1 1AA");
            vm.postcode().allSeatsShownProperty().set(true);
            vm.postcode().seatFilterProperty().set("Belfast");
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> seats = robot.lookup("#all-seats-list").queryAs(ListView.class);
        assertThat(seats.getItems()).hasSizeGreaterThanOrEqualTo(4);
        // A row is about two lines of text high.
        double row = 2 * Font.getDefault().getSize() * 1.5;
        assertThat(seats.getHeight()).as("room for three rows at least").isGreaterThanOrEqualTo(3 * row);
        assertThat(robot.lookup("#all-seats-list .list-cell").queryAll()).as("rows shown").hasSizeGreaterThan(2);
    }
}
