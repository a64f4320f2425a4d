package org.dearmp.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.AcceptanceTestBase;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Language / Iaith: reached with the keyboard, remembered for the next start, said in both languages,
 * and never a rebuilt window: what was typed and the step on screen stay as they were.
 */
class LanguageMenuAcceptanceTest extends AcceptanceTestBase {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private Menu languageMenu(DearMpApp app) {
        MenuBar bar = (MenuBar) app.window().stage().getScene().lookup(".menu-bar");
        Menu view = bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        return (Menu) view.getItems().stream().filter(i -> "menu-language".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private static RadioMenuItem item(Menu language, Language which) {
        return (RadioMenuItem) language.getItems().stream()
                .filter(i -> ("menu-language-" + which.code()).equals(i.getId())).findFirst().orElseThrow();
    }

    private String saved() {
        return new SettingsStore(new AppDataFolder(home.resolve("data"))).savedLanguage();
    }

    @Test
    void choosingCymraegIsRememberedSaidInBothLanguagesAndLosesNothing() throws Exception {
        DearMpApp app = start();
        Parent rootBefore = app.window().stage().getScene().getRoot();
        robot.interact(() -> app.window().stage().requestFocus());
        robot.clickOn("#postcode-field").write("CF10 1EP");
        waitUntil(() -> app.wizard().canGoNextProperty().get());

        Menu language = languageMenu(app);
        assertThat(language.getText()).isEqualTo("Language / _Iaith");
        List<MenuItem> items = language.getItems();
        assertThat(items).allMatch(i -> i instanceof RadioMenuItem);
        assertThat(item(language, Language.ENGLISH).isSelected()).isTrue();
        assertThat(item(language, Language.WELSH).getText()).isEqualTo("_Cymraeg");

        // The keyboard alone: Alt+V opens View, its Language submenu opens, Cymraeg is chosen.
        robot.push(KeyCode.ALT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(language.getParentMenu().isShowing()).isTrue();
        robot.type(KeyCode.UP); // from the top, round to the last item: Language / Iaith
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(language.isShowing()).isTrue();
        robot.type(KeyCode.DOWN); // from English to Cymraeg
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#language-dialog").tryQuery().isPresent());

        String said = robot.lookup("#language-message").queryAs(Label.class).getText();
        assertThat(said).startsWith(Messages.in(Language.WELSH, "ui.language.nextStart.cy"))
                .endsWith(Messages.in(Language.ENGLISH, "ui.language.nextStart.cy"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#language-dialog").tryQuery().isEmpty());

        assertThat(item(language, Language.WELSH).isSelected()).isTrue();
        waitUntil(() -> "cy".equals(saved()));
        // The window is the same one, in the language it started in, with the postcode still typed.
        assertThat(app.window().stage().getScene().getRoot()).isSameAs(rootBefore);
        assertThat(Messages.language()).isEqualTo(Language.ENGLISH);
        assertThat(app.wizard().postcode().inputProperty().get()).isEqualTo("CF10 1EP");
        assertThat(app.wizard().canGoNextProperty().get()).isTrue();
    }

    @Test
    void goingBackToTheLanguageOnScreenNeedsNoNotice() throws Exception {
        DearMpApp app = start();
        Menu language = languageMenu(app);
        javafx.application.Platform.runLater(() -> item(language, Language.WELSH).setSelected(true));
        waitUntil(() -> robot.lookup("#language-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "cy".equals(saved()));

        javafx.application.Platform.runLater(() -> item(language, Language.ENGLISH).setSelected(true));
        waitUntil(() -> "en".equals(saved()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#language-dialog").tryQuery()).isEmpty();
        assertThat(item(language, Language.ENGLISH).isSelected()).isTrue();
    }

    @Test
    void theMenuShowsTheLanguageSavedForTheNextStart() throws Exception {
        new SettingsStore(new AppDataFolder(home.resolve("data"))).save(
                org.dearmp.userdata.Settings.defaults().withLanguage("cy"));
        // The app under test was not started by the launcher, so its words are still English: the menu says
        // what the next start will use.
        DearMpApp app = start();
        assertThat(item(languageMenu(app), Language.WELSH).isSelected()).isTrue();
    }

    @Test
    void inWelshTheMenuNamesBothLanguagesInTheirOwnWords() throws Exception {
        Messages.use(Language.WELSH);
        DearMpApp app = start();
        Menu language = languageMenu(app);
        assertThat(language.getText()).contains("Iaith").contains("Language");
        assertThat(item(language, Language.ENGLISH).getText()).isEqualTo("_English");
        assertThat(item(language, Language.WELSH).isSelected()).isTrue();
        javafx.application.Platform.runLater(() -> item(language, Language.ENGLISH).setSelected(true));
        waitUntil(() -> robot.lookup("#language-dialog").tryQuery().isPresent());
        String said = robot.lookup("#language-message").queryAs(Label.class).getText();
        assertThat(said).startsWith(Messages.in(Language.ENGLISH, "ui.language.nextStart.en"))
                .endsWith(Messages.in(Language.WELSH, "ui.language.nextStart.en"));
        robot.type(KeyCode.ENTER);
    }
}
