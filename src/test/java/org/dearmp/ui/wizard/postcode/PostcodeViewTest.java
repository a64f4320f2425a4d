package org.dearmp.ui.wizard.postcode;

import java.time.Clock;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.shell.MainWindow;
import org.dearmp.testsupport.WizardFixture;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The postcode step in the real main window, at 150 % text in the smallest window it allows (900 × 640). */
@DataTest
@UiTest
@ExtendWith(ApplicationExtension.class)
class PostcodeViewTest {

    @TempDir
    static Path home;

    private WizardViewModel vm;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A window of its own: the primary stage, shared with the tests that follow, keeps its size.
        stage = new Stage();
        vm = new WizardFixture(home).create();
        vm.setFontScale(1.5);
        MainWindow window = new MainWindow(stage, AppContext.forFolder(new AppDataFolder(home), Clock.systemUTC()),
                org.dearmp.ui.desktop.FxDialogService::new);
        window.showWizard(vm);
        stage.setWidth(900);
        stage.setHeight(640);
        stage.show();
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    private void type(FxRobot robot, String postcode) {
        robot.interact(() -> vm.postcode().inputProperty().set(postcode));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
    }

    /** How many rows of the list can be seen at once. */
    private static double rowsShown(ListView<?> list) {
        return list.getHeight() / list.getFixedCellSize();
    }

    @Test
    void theSeatListsAreNeverSqueezedToARow(FxRobot robot) {
        type(robot, "BT1 1AA");
        ListView<?> candidates = robot.lookup("#candidate-list").queryAs(ListView.class);
        int found = candidates.getItems().size();
        assertThat(found).isGreaterThan(1);
        assertThat(candidates.getFixedCellSize()).as("row height from the stylesheet").isGreaterThan(20);
        assertThat(rowsShown(candidates)).as("the choose-a-seat list").isGreaterThanOrEqualTo(Math.min(found, 4));

        robot.interact(() -> vm.postcode().allSeatsShownProperty().set(true));
        robot.interact(() -> stage.getScene().getRoot().layout());
        ListView<?> all = robot.lookup("#all-seats-list").queryAs(ListView.class);
        assertThat(rowsShown(all)).as("every seat, searchable").isGreaterThanOrEqualTo(4);
        assertThat(rowsShown(candidates)).as("the candidates beside it").isGreaterThanOrEqualTo(Math.min(found, 4));

        robot.interact(() -> vm.postcode().seatFilterProperty().set("Belfast"));
        robot.interact(() -> stage.getScene().getRoot().layout());
        assertThat(rowsShown(all)).as("a short search result").isGreaterThanOrEqualTo(4);
    }

    @Test
    void halfTypedIsAHintNotAnError(FxRobot robot) {
        Label message = robot.lookup("#postcode-message").queryAs(Label.class);
        for (String typed : new String[] {"cf10 1", "cf10 1e", "cf1", "SW1A 0", "DD1 2"}) {
            type(robot, typed);
            assertThat(message.getText()).as(typed).startsWith("Keep typing");
            assertThat(message.getStyleClass()).as(typed).contains("hint").doesNotContain("error", "warning");
        }
        type(robot, "CF10 1C");
        assertThat(message.getStyleClass()).contains("error");
        assertThat(message.getText()).contains("never C, I, K, M, O or V").doesNotContain("01C");
    }

    @Test
    void aLinkKeepsItsColourOnceUsed(FxRobot robot) {
        type(robot, "SW1A 0AA");
        Hyperlink showAll = robot.lookup("#show-all-seats").queryAs(Hyperlink.class);
        Paint before = showAll.getTextFill();
        boolean underlinedBefore = showAll.isUnderline();
        robot.interact(() -> {
            showAll.fire();
            vm.postcode().allSeatsShownProperty().set(false);
        });
        robot.interact(() -> {
            showAll.applyCss();
            stage.getScene().getRoot().layout();
        });
        assertThat(showAll.isVisited()).isTrue();
        assertThat(showAll.getTextFill()).isEqualTo(before);
        assertThat(showAll.isUnderline()).isEqualTo(underlinedBefore);
    }
}
