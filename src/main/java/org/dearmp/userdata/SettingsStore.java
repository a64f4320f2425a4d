package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
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

    /**
     * The interface language saved in the settings ({@code cy}, {@code en}), or null to follow the system. Read
     * with the streaming parser alone: every command asks for it at start, and binding the whole file would
     * load the object mapper (hundreds of classes) into a one-shot {@code dear-mp lookup}. A file that cannot
     * be read gives null here, and is left for {@link #load} to set aside and report.
     */
    public String savedLanguage() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("language")) {
                    return value == JsonToken.VALUE_STRING ? parser.getString() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    public void save(Settings settings) throws IOException {
        Json.write(file, settings);
    }
}
