package org.dearmp.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's own data folder (drafts, settings, imported MP lists, their templates).
 * Tests and portable installs set {@code -Ddearmp.home=DIR} or {@code DEAR_MP_HOME}.
 */
public record AppDataFolder(Path root) {

    public static AppDataFolder resolveDefault() {
        String override = System.getProperty("dearmp.home", System.getenv("DEAR_MP_HOME"));
        if (override != null && !override.isBlank()) {
            return new AppDataFolder(Path.of(override));
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return new AppDataFolder(Path.of(appData != null ? appData : home, "Dear MP"));
        }
        if (os.contains("mac")) {
            return new AppDataFolder(Path.of(home, "Library", "Application Support", "Dear MP"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppDataFolder(Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "dear-mp"));
    }

    /** A sub-folder, created on first use. */
    public Path folder(String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
