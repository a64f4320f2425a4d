package org.dearmp.batch.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scratch file for the fuzz tests whose code under test reads only from a path. */
final class FuzzFiles {
    private FuzzFiles() {
    }

    static Path file(String name) {
        try {
            Path folder = Files.createTempDirectory("dear-mp-fuzz-");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve(name);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
