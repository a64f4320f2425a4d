package org.dearmp.ui.desktop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own save dialog. */
public final class FxFileChooser implements FileChooserService {
    private final Window owner;

    public FxFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String suggestedName, String kind,
                                         String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        Path folder = initialFolder != null && Files.isDirectory(initialFolder) ? initialFolder
                : Path.of(System.getProperty("user.home"));
        chooser.setInitialDirectory(folder.toFile());
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
