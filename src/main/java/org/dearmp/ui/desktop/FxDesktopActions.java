package org.dearmp.ui.desktop;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** The desktop: java.awt.Desktop for mail and files, HostServices for folders, the system clipboard. */
public final class FxDesktopActions implements DesktopActions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxDesktopActions.class);
    private final HostServices host;
    private final Window owner;

    public FxDesktopActions(HostServices host, Window owner) {
        this.host = host;
        this.owner = owner;
    }

    /**
     * Through {@link java.awt.Desktop}, which, unlike {@link HostServices#showDocument}, says whether
     * it could: it throws when no mail app is registered or it fails to start.
     */
    @Override
    public Opened mail(String mailtoUri) {
        return withDesktop(Desktop.Action.MAIL, desktop -> desktop.mail(URI.create(mailtoUri)));
    }

    @Override
    public Opened openFile(Path file) {
        return withDesktop(Desktop.Action.OPEN, desktop -> desktop.open(file.toFile()));
    }

    private interface DesktopCall {
        void run(Desktop desktop) throws IOException;
    }

    private static Opened withDesktop(Desktop.Action action, DesktopCall call) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
                return Opened.UNSUPPORTED;
            }
            call.run(Desktop.getDesktop());
            return Opened.OPENED;
        } catch (UnsupportedOperationException e) { // HeadlessException too
            return Opened.UNSUPPORTED;
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            LOG.info("The desktop could not open a {}: {}", action, e.getClass().getSimpleName());
            return Opened.FAILED;
        }
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
