package org.dearmp;

import org.dearmp.cli.DearMpCommand;

/**
 * Entry point of {@code dear-mp.jar}. With no arguments it opens the desktop app; with a
 * subcommand it runs the command line. It does not extend {@code Application} on purpose: a
 * class that does cannot start JavaFX from a plain classpath jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.dearmp.ui.DearMpApp.class, args);
            return;
        }
        System.exit(DearMpCommand.run(args));
    }
}
