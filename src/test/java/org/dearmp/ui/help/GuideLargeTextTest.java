package org.dearmp.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.common.Windows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guide at 150 % text in the smallest window (900 x 640): within the window, every word shown, the text scrolls. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class GuideLargeTextTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        // The app's own window factory at 150 %: the guide sizes itself from the text size it gives.
        Windows windows = new Windows(Font.getDefault().getSize() * 1.5);
        windows.main(stage, HelpDialog.opener(HelpTopic.START));
        windows.show(stage, new StackPane(), 900, 640);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
    }

    @Test
    void everyPartFitsTheWindowAndCutsNoWordShort(FxRobot robot) throws Exception {
        Platform.runLater(() -> GuideDialog.show(owner, GuideSection.WRITING));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#guide-page").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.lookup("#help-dialog").query().getScene().getWindow();
        assertThat(dialog.getWidth()).as("as wide as the window at most").isLessThanOrEqualTo(owner.getWidth());
        assertThat(dialog.getHeight()).as("as tall as the window at most").isLessThanOrEqualTo(owner.getHeight());

        @SuppressWarnings("unchecked")
        TreeView<GuideSection> sections = robot.lookup("#guide-sections").queryAs(TreeView.class);
        ScrollPane scroll = robot.lookup("#guide-scroll").queryAs(ScrollPane.class);
        assertThat(sections.lookupAll(".scroll-bar")).as("the list of parts is not scrolled sideways")
                .noneMatch(bar -> ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        for (Node node : sections.lookupAll(".tree-cell")) {
            TreeCell<?> cell = (TreeCell<?>) node;
            if (!cell.isEmpty() && cell.getText() != null) {
                assertThat(shown(cell)).as("the part's name in the list").isEqualTo(words(cell.getText()));
            }
        }
        for (GuideSection section : GuideSection.values()) {
            robot.interact(() -> sections.getSelectionModel().select(item(sections, section)));
            WaitForAsyncUtils.waitForFxEvents();
            Node page = scroll.getContent();
            assertThat(page.getLayoutBounds().getWidth()).as(section + ": no sideways scrolling")
                    .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
            for (Node node : page.lookupAll(".label")) {
                Label label = (Label) node;
                assertThat(shown(label)).as(section + ": what the label shows").isEqualTo(words(label.getText()));
            }
        }
    }

    /** The words a label or cell really shows: an ellipsis or a cut line would differ from its text. */
    private static String shown(Labeled labeled) {
        return words(labeled.lookupAll(".text").stream().map(n -> ((Text) n).getText())
                .collect(Collectors.joining(" ")));
    }

    private static String words(String text) {
        return text.replace("\n", " ").replaceAll(" +", " ").strip();
    }

    private static TreeItem<GuideSection> item(TreeView<GuideSection> tree, GuideSection section) {
        return tree.getRoot().getChildren().stream()
                .flatMap(top -> Stream.concat(Stream.of(top), top.getChildren().stream()))
                .filter(item -> item.getValue() == section).findFirst().orElseThrow();
    }
}
