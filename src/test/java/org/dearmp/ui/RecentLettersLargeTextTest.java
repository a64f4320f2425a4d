package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.recent.RecentLettersDialog;
import org.dearmp.ui.recent.RecentLettersViewModel;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Recent letters at 150 % text in the smallest window (900 x 640): within the window, every word shown. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class RecentLettersLargeTextTest {
    @TempDir
    static Path home;
    private Stage owner;
    private WizardViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        owner = stage;
        vm = RightSenderRightSeatTest.wizard(home, null);
        vm.postcode().inputProperty().set("SW1A 0AA");
        vm.templates().select("stronger-laws");
        vm.letter().nameProperty().set("Sam Jones");
        vm.keepUnfinished(() -> { }, error -> {
            throw new AssertionError("not kept", error);
        });
        StackPane root = new StackPane();
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * 1.5));
        Scene scene = new Scene(root, 900, 640);
        scene.getStylesheets().add(getClass().getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
    }

    @Test
    void theDialogFitsTheWindowAndCutsNoWordShort(FxRobot robot) throws Exception {
        Platform.runLater(() -> RecentLettersDialog.show(owner, new RecentLettersViewModel(vm.recentLetters(), vm,
                ZoneOffset.UTC)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#recent-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#recent-dialog").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getWidth()).as("as wide as the window at most").isLessThanOrEqualTo(owner.getWidth());
        assertThat(dialog.getHeight()).as("as tall as the window at most").isLessThanOrEqualTo(owner.getHeight());

        List<TableCell<?, ?>> cells = robot.lookup("#recent-table .table-cell").queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).filter(c -> !c.isEmpty() && c.getItem() != null).toList();
        assertThat(cells).extracting(c -> String.valueOf(c.getItem())).contains("Not finished");
        for (TableCell<?, ?> cell : cells) {
            String shown = cell.lookupAll(".text").stream().map(n -> ((Text) n).getText())
                    .collect(Collectors.joining()).replace("\n", " ").replaceAll(" +", " ").strip();
            assertThat(shown).as("what the cell shows").isEqualTo(String.valueOf(cell.getItem()));
        }
    }
}
