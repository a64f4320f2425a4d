package org.dearmp.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

public final class PathTools {
    private PathTools() {
    }

    /** The named program on PATH, or null when it is not installed. */
    public static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
