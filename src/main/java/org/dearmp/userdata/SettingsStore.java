package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;
import org.dearmp.store.Json;

import java.io.IOException;
import java.nio.file.Path;

/** {@code settings.json} in the user data folder. */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(AppDataFolder folder) {
        this.file = folder.root().resolve("settings.json");
    }

    public Settings load() {
        return Json.read(file, Settings.class).orElseGet(Settings::defaults);
    }

    public void save(Settings settings) throws IOException {
        Json.write(file, settings);
    }
}
