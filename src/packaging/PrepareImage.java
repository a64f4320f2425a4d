import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Run by the installer build (java PrepareImage.java IMAGE RESOURCES) between the app image and the
 * installer. From the system's resources: a launcher script named dear-mp (Linux) takes the place of
 * jpackage's bin/dear-mp, and gui-classes.lst (the classes the window's start loads, recorded by
 * record-gui-classes.sh) goes beside the jar, where the class-data archive is made from it. Elsewhere
 * jpackage's own launcher stays and the archive holds what the training run loads.
 */
public final class PrepareImage {
    public static void main(String[] args) throws IOException {
        Path image = Path.of(args[0]);
        Path resources = Path.of(args[1]);
        Path script = resources.resolve("dear-mp");
        if (Files.isRegularFile(script)) {
            Path launcher = image.resolve("bin").resolve("dear-mp");
            Files.copy(script, launcher, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path guiClasses = resources.resolve("gui-classes.lst");
        if (Files.isRegularFile(guiClasses)) {
            Files.copy(guiClasses, image.resolve("lib").resolve("app").resolve("gui-classes.lst"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
