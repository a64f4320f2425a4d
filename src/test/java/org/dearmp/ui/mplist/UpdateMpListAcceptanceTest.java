package org.dearmp.ui.mplist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.dearmp.core.UkDates;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.testsupport.RealMps;
import org.dearmp.ui.shell.DearMpApp;
import org.dearmp.ui.wizard.Step;
import org.junit.jupiter.api.Test;

/** File > Update MP list… in the running app: the changes screen, then a postcode finds the MP on the new list. */
class UpdateMpListAcceptanceTest extends AcceptanceTestBase {

    @Test
    void theMenuImportsTheListShowsWhatChangedAndTheWizardUsesIt() throws Exception {
        DearMpApp app = start();
        LocalDate today = LocalDate.now(Clock.systemDefaultZone());
        running.nextOpen = RealMps.extractWithTwoChanges(home, today);
        MenuItem update = menuItem(app, "menu-update-mps");
        assertThat(update.getText()).isEqualTo("Update _MP list\u2026");

        robot.interact(update::fire);
        waitUntil(() -> changesScreen() != null);

        Window screen = changesScreen();
        assertThat(((Label) screen.getScene().lookup("#mp-list-heading")).getText())
                .isEqualTo("Dear MP now uses the MP list of " + UkDates.date(today));
        assertThat(((Label) screen.getScene().lookup("#mp-list-summary")).getText()).startsWith("2 seats have");
        robot.targetWindow(screen);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> changesScreen() == null);

        robot.targetWindow(app.window().stage());
        robot.clickOn("#postcode-field").write("sw1a 0aa");
        waitUntil(() -> text("#postcode-message").contains("Cities of London and Westminster"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.wizard().stepProperty().get() == Step.MP);
        assertThat(text("#mp-name")).isEqualTo("No MP at present (vacant seat)");
        assertThat(text("#mp-source")).contains(UkDates.date(today));
        assertThat(running.context.parliament().dataAsOf()).isEqualTo(today);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Window changesScreen() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#mp-list-dialog") != null) {
                return w;
            }
        }
        return null;
    }

    private static MenuItem menuItem(DearMpApp app, String id) {
        MenuBar bar = (MenuBar) app.window().stage().getScene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
