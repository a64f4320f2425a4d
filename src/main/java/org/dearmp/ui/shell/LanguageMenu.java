package org.dearmp.ui.shell;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DialogService;

/**
 * View > Language / Iaith: English or Cymraeg, remembered in the settings and used from the next start. The
 * window is not rebuilt in place: nothing typed, no open window and no question under way can be lost by a
 * change of language. The notice says so in both languages, the new one first.
 */
final class LanguageMenu {
    private LanguageMenu() {
    }

    /**
     * @param chosen   the language the next start will use (the one saved, else the one on screen)
     * @param remember saves a choice for the next start
     */
    static Menu create(Language chosen, Consumer<Language> remember, DialogService dialogs) {
        Menu menu = new Menu(Messages.get("ui.menu.language"));
        menu.setId("menu-language");
        menu.setMnemonicParsing(true);
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("ui.menu.language." + language.code()));
            item.setId("menu-language-" + language.code());
            item.setMnemonicParsing(true);
            item.setToggleGroup(group);
            item.setSelected(language == chosen);
            item.setUserData(language);
            menu.getItems().add(item);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A radio menu item clicked again unselects itself: keep the choice shown.
                old.setSelected(true);
                return;
            }
            if (old == null || old == now) {
                return;
            }
            Language language = (Language) now.getUserData();
            remember.accept(language);
            if (language != Messages.language()) {
                dialogs.showInfo(notice(language));
            }
        });
        return menu;
    }

    /** "Dear MP will be in Welsh the next time you start it", in the language chosen, then in the one shown. */
    static DialogService.Question notice(Language next) {
        String key = "ui.language.nextStart." + next.code();
        return new DialogService.Question("language", Messages.get("ui.language.title"), null,
                Messages.in(next, key) + "\n\n" + Messages.get(key));
    }
}
