package org.dearmp.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.letter.Sender;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interface language in settings.json: kept with everything else, and absent from older files. */
class SettingsLanguageTest {
    @TempDir
    Path home;

    @Test
    void theLanguageIsSavedAndReadBackWithTheRest() throws Exception {
        SettingsStore store = new SettingsStore(new AppDataFolder(home));
        Sender sam = new Sender("Siân Jones", List.of("1 Heol y Frenhines"), "CF10 1EP", "sian@example.org", "");
        store.save(Settings.defaults().withSender(sam).withFontScale(1.5).withLanguage("cy"));

        Settings loaded = store.load();
        assertThat(loaded.language()).isEqualTo("cy");
        assertThat(loaded.sender()).isEqualTo(sam);
        assertThat(loaded.fontScale()).isEqualTo(1.5);
        assertThat(store.savedLanguage()).isEqualTo("cy");
        // Changing something else keeps the language.
        assertThat(loaded.withFontScale(1.0).withSender(null).withExportFolder("/tmp").language()).isEqualTo("cy");
    }

    @Test
    void aSettingsFileFromBeforeTheLanguageChoiceStillReads() throws Exception {
        Files.writeString(home.resolve("settings.json"), """
                {
                  "sender" : { "name" : "Sam Jones", "addressLines" : [ "1 High Street" ], "postcode" : "SW1A 0AA",
                               "email" : "", "phone" : "" },
                  "exportFolder" : "/home/sam/Letters",
                  "fontScale" : 1.25
                }
                """);
        SettingsStore store = new SettingsStore(new AppDataFolder(home));
        Settings loaded = store.load();
        assertThat(loaded.language()).isNull();
        assertThat(loaded.sender().name()).isEqualTo("Sam Jones");
        assertThat(loaded.exportFolder()).isEqualTo("/home/sam/Letters");
        assertThat(loaded.fontScale()).isEqualTo(1.25);
        assertThat(store.savedLanguage()).isNull();
    }

    @Test
    void theLanguageIsFoundWhereverItIsAndADamagedFileGivesNone() throws Exception {
        Path file = home.resolve("settings.json");
        SettingsStore store = new SettingsStore(new AppDataFolder(home));
        Files.writeString(file, "{\"sender\":{\"name\":\"\\\"language\\\":\\\"en\\\"\",\"addressLines\":[\"a\"]},"
                + "\"fontScale\":1.0,\"language\":\"cy\"}");
        assertThat(store.savedLanguage()).isEqualTo("cy");
        Files.writeString(file, "{\"language\": 7}");
        assertThat(store.savedLanguage()).isNull();
        Files.writeString(file, "{\"language\": \"cy");
        assertThat(store.savedLanguage()).isNull();
        Files.writeString(file, "[\"language\", \"cy\"]");
        assertThat(store.savedLanguage()).isNull();
        // Left for the full read to set aside and report, not moved by this quick look.
        assertThat(file).exists();
    }

    @Test
    void noSettingsFileMeansFollowTheSystem() {
        assertThat(new SettingsStore(new AppDataFolder(home)).savedLanguage()).isNull();
        assertThat(Settings.defaults().language()).isNull();
    }
}
