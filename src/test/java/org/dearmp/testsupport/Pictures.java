package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a test puts a picture made for people to look at (a window, the map): its own temporary folder, so
 * a test run writes nothing outside it, unless {@code -Ddearmp.pictures=DIR} asks to keep the pictures there.
 */
public final class Pictures {
    public static final String PROPERTY = "dearmp.pictures";

    private Pictures() {
    }

    /** The folder to write pictures in: {@code -Ddearmp.pictures} when given, else {@code tempDir}. */
    public static Path folder(Path tempDir) throws IOException {
        String kept = System.getProperty(PROPERTY, "");
        Path folder = kept.isBlank() ? tempDir : Path.of(kept);
        Files.createDirectories(folder);
        return folder;
    }
}
