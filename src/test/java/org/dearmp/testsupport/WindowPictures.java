package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.file.Path;

/** Pictures of the app's windows for people to look at, taken by TestFX tests (see {@link Pictures}). */
public final class WindowPictures {
    private WindowPictures() {
    }

    /**
     * The topmost window the app shows (a dialog, or the main window), as a PNG named {@code name}.png, only when
     * {@code -Ddearmp.pictures=DIR} asks for pictures: a test's own check never depends on it.
     */
    public static void saveIfAsked(org.testfx.api.FxRobot robot, String name) throws IOException {
        saveIfAsked(robot, name, null);
    }

    /** As {@link #saveIfAsked(org.testfx.api.FxRobot, String)}, of the window holding the node {@code query} finds. */
    public static void saveIfAsked(org.testfx.api.FxRobot robot, String name, String query) throws IOException {
        String kept = System.getProperty(Pictures.PROPERTY, "");
        if (kept.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            java.util.List<javafx.stage.Window> windows = robot.listTargetWindows();
            javafx.stage.Window top = query == null ? windows.get(windows.size() - 1)
                    : robot.lookup(query).query().getScene().getWindow();
            image[0] = top.getScene().snapshot(null);
        });
        Path folder = Pictures.folder(Path.of(kept));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                folder.resolve(name + ".png").toFile());
    }
}
