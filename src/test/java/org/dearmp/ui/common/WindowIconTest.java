package org.dearmp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dearmp.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every window the factory makes carries the app's icon, so the task bar and the switcher show Dear MP. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Windows windows = new Windows();
        windows.main(stage, owner -> { });
        windows.show(stage, new StackPane(), 400, 300);
        stage.show();
    }

    @Test
    void theMainWindowAndAWindowBesideItHaveTheIconAtEverySizeOnce(FxRobot robot) {
        AtomicReference<Stage> beside = new AtomicReference<>();
        robot.interact(() -> beside.set(Windows.of(main).window(main, "Batch", owner -> { })));
        // TestFX hands every test the same primary stage: made the main window again, it keeps one set.
        robot.interact(() -> new Windows().main(main, owner -> { }));
        for (Stage stage : new Stage[] {main, beside.get()}) {
            assertThat(stage.getIcons()).hasSize(Windows.ICONS.size());
            assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
            assertThat(stage.getIcons().stream().mapToDouble(Image::getWidth)).contains(16.0, 32.0, 64.0, 256.0);
        }
    }
}
