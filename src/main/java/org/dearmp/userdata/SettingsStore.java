package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;

import java.io.IOException;
import java.nio.file.Path;

/** {@code settings.json} in the user data folder. */
public final class SettingsStore {
    private final Path file;
    private final DamagedFiles damaged;

    /** A store that leaves a damaged file where it is: for looking at what the app saved (tests). */
    public SettingsStore(AppDataFolder folder) {
        this(folder, DamagedFiles.leftInPlace());
    }

    /** @param damaged where a file that cannot be parsed is set aside and reported */
    public SettingsStore(AppDataFolder folder, DamagedFiles damaged) {
        this.file = folder.root().resolve("settings.json");
        this.damaged = damaged;
    }

    public Settings load() {
        return Json.read(file, Settings.class, damaged).orElseGet(Settings::defaults);
    }

    /** The interface language saved in the settings ({@code cy}, {@code en}), or null to follow the system. */
    public String savedLanguage() {
        return load().language();
    }

    public void save(Settings settings) throws IOException {
        Json.write(file, settings);
    }
}
