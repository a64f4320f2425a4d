package org.dearmp.ui.batch;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;

/** The system's own file dialogs. */
public final class FxBatchFileChooser implements BatchFileChooser {

    private final Window owner;
    private File lastFolder;

    public FxBatchFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openSupporters() {
        FileChooser chooser = chooser("ui.batch.dialog.supporters");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.csvFiles"), "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.allFiles"), "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseOutputFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("ui.batch.dialog.folder"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> openMapping() {
        FileChooser chooser = chooser("ui.batch.dialog.openMapping");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.jsonFiles"), "*.json"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveMapping() {
        FileChooser chooser = chooser("ui.batch.dialog.saveMapping");
        chooser.setInitialFileName("column-mapping.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.batch.dialog.jsonFiles"), "*.json"));
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.isDirectory() ? chosen : chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
