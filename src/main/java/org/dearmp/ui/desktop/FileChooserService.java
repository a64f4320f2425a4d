package org.dearmp.ui.desktop;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file. The app shows the system dialog; tests answer themselves. */
@FunctionalInterface
public interface FileChooserService {

    /**
     * @param kind e.g. "PDF document"; {@code extension} without the dot, e.g. "pdf"
     * @return empty when the user cancelled
     */
    Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedName, String kind,
                                  String extension);
}
