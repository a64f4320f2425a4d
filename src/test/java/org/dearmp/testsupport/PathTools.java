package org.dearmp.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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

    /**
     * A file at {@code file} that this test cannot read (permission denied). Root reads a file whatever its
     * permissions say, so for root (found by a probe: the file with no permissions can still be opened) it
     * is a link to a file the kernel refuses even root, or the test is skipped.
     */
    public static Path unreadable(Path file) throws IOException {
        Files.writeString(file, "Name,Postcode\r\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (!opens(file)) {
            return file;
        }
        Files.delete(file);
        Path refused = Path.of("/proc/sys/vm/drop_caches");
        assumeTrue(Files.exists(refused) && !opens(refused), "running as root, with no file root cannot read");
        return Files.createSymbolicLink(file, refused);
    }

    private static boolean opens(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
