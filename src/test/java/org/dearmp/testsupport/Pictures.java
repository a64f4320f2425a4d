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

    /**
     * The topmost window the app shows (a dialog, or the main window), as a PNG named {@code name}.png, only when
     * {@code -Ddearmp.pictures=DIR} asks for pictures: a test's own check never depends on it.
     */
    public static void saveIfAsked(org.testfx.api.FxRobot robot, String name) throws IOException {
        String kept = System.getProperty(PROPERTY, "");
        if (kept.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            java.util.List<javafx.stage.Window> windows = robot.listTargetWindows();
            javafx.stage.Window top = windows.get(windows.size() - 1);
            image[0] = top.getScene().snapshot(null);
        });
        Path folder = folder(Path.of(kept));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                folder.resolve(name + ".png").toFile());
    }
}
