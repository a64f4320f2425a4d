package org.dearmp.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.dearmp.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Erase all my data, at 150 % text: a list item that wraps carries on under its words, not under its bullet. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class EraseDialogBulletsTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        StackPane root = new StackPane();
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * 1.5));
        Scene scene = new Scene(root, 900, 640);
        scene.getStylesheets().add(getClass().getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void wrappedItemsHangUnderTheirWords(FxRobot robot) throws Exception {
        Platform.runLater(() -> EraseDataDialog.ask(owner, Path.of("/home/sam/.local/share/dear-mp"), true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#erase-item-details").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (String id : List.of("#erase-item-draft", "#erase-item-details", "#erase-item-settings")) {
                Label item = robot.lookup(id).queryAs(Label.class);
                assertThat(item.getText()).as(id).doesNotStartWith("\u2022").isNotBlank();
                Label bullet = (Label) item.getParent().lookup(".erase-bullet");
                assertThat(bullet).as(id + ": its bullet").isNotNull();
                Bounds b = bullet.localToScene(bullet.getLayoutBounds());
                Bounds words = item.localToScene(item.getLayoutBounds());
                assertThat(words.getMinX()).as(id + ": every line right of the bullet").isGreaterThanOrEqualTo(b.getMaxX());
                assertThat(b.getMinY()).as(id + ": the bullet at the first line").isLessThan(words.getMinY() + 4);
            }
            // What the erase removes (letters/ and replies/ too) is what the dialog says it removes.
            assertThat(robot.lookup("#erase-item-letters").queryAs(Label.class).getText())
                    .contains("replies you recorded");
            Label details = robot.lookup("#erase-item-details").queryAs(Label.class);
            Node text = details.lookup(".text");
            assertThat(text.getLayoutBounds().getHeight()).as("the long item wraps at this size")
                    .isGreaterThan(1.5 * details.getFont().getSize() * 1.2);
        } finally {
            robot.interact(() -> robot.lookup("#erase-keep").queryAs(Button.class).fire());
        }
    }
}
