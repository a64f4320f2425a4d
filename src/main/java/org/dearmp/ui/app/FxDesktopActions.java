package org.dearmp.ui.app;

import java.nio.file.Path;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** The desktop through JavaFX: HostServices for links and folders, the system clipboard. */
public final class FxDesktopActions implements DesktopActions {
    private final HostServices host;
    private final Window owner;

    public FxDesktopActions(HostServices host, Window owner) {
        this.host = host;
        this.owner = owner;
    }

    @Override
    public void open(String uri) {
        host.showDocument(uri);
    }

    @Override
    public void openFolder(Path folder) {
        host.showDocument(folder.toUri().toString());
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
