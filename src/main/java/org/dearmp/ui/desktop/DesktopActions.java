package org.dearmp.ui.desktop;

import java.nio.file.Path;

/** What the app asks of the desktop around it; the app uses the system desktop and the clipboard, tests record. Printing is the exporter's: it prints the PDF's pages. */
public interface DesktopActions {

    /** What came of asking the desktop to open something, so the app never claims what did not happen. */
    enum Opened {
        /** The desktop said it started the app for it. */
        OPENED,
        /** This computer offers no way to do it (no desktop integration, no mail app registered). */
        UNSUPPORTED,
        /** The desktop tried and failed, e.g. the mail app would not start. */
        FAILED
    }

    /** Opens a {@code mailto:} link in the user's mail app. May be called off the FX thread. */
    Opened mail(String mailtoUri);

    /** Opens a file (an .eml) in the app the system has for it. May be called off the FX thread. */
    Opened openFile(Path file);

    /** Opens a folder in the file manager. */
    void openFolder(Path folder);

    void copyToClipboard(String text);
}
