package org.dearmp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.dearmp.testsupport.UiTest;
import org.dearmp.ui.wizard.template.TemplateView;
import org.dearmp.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The template cards at 150 % text in the smallest window: they wrap to the list, which never scrolls sideways. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TemplateListLargeTextTest {
    @TempDir
    static Path home;

    @Start
    void start(Stage stage) throws Exception {
        WizardViewModel vm = RightSenderRightSeatTest.wizard(home, null);
        TemplateView view = new TemplateView(vm.templates(), () -> { });
        Scene scene = new Scene(view, 900, 460);
        scene.getStylesheets().add(getClass().getResource("/org/dearmp/ui/dear-mp.css").toExternalForm());
        view.getStyleClass().addAll("app", "step");
        view.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * 1.5));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theCardsNeedNoSidewaysScrolling(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#template-list .list-cell").queryAll()).isNotEmpty();
        for (javafx.scene.Node n : robot.lookup("#template-list .scroll-bar").queryAll()) {
            ScrollBar bar = (ScrollBar) n;
            if (bar.getOrientation() == Orientation.HORIZONTAL) {
                assertThat(bar.isVisible()).as("a sideways scroll bar").isFalse();
            }
        }
    }
}
