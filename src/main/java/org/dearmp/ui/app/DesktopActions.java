package org.dearmp.ui.app;

import java.nio.file.Path;

/** What the app asks of the desktop around it; the app uses HostServices and the clipboard, tests record. Printing is the exporter's: it prints the PDF's pages. */
public interface DesktopActions {

    /** Opens a link ({@code mailto:}, {@code file:}) in the user's own app for it. */
    void open(String uri);

    /** Opens a folder in the file manager. */
    void openFolder(Path folder);

    void copyToClipboard(String text);
}
