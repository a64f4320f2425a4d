import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Run by the installer build (java UseLauncher.java IMAGE RESOURCES) between the app image and the
 * installer: where the system's resources hold a launcher script named dear-mp (Linux), it takes the place
 * of jpackage's bin/dear-mp; elsewhere jpackage's own launcher stays.
 */
public final class UseLauncher {
    public static void main(String[] args) throws IOException {
        Path image = Path.of(args[0]);
        Path script = Path.of(args[1], "dear-mp");
        if (!Files.isRegularFile(script)) {
            return;
        }
        Path launcher = image.resolve("bin").resolve("dear-mp");
        Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
