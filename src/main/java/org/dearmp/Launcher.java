package org.dearmp;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dearmp.app.AppContext;
import org.dearmp.cli.DearMpCommand;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackFileNames;
import org.dearmp.ui.shell.DearMpApp;

/**
 * Entry point of {@code dear-mp.jar}. With no arguments it opens the desktop app; with a template pack
 * file as its only argument (how a desktop opens a double-clicked {@code .dearmp}) it opens the desktop
 * app at that pack's import; with anything else it runs the command line. It does not extend
 * {@code Application} on purpose: a class that does cannot start JavaFX from a plain classpath jar.
 */
public final class Launcher {
    /** The desktop app cannot start: there is no display to show it on. */
    static final int EXIT_NO_DISPLAY = 1;

    /** Held so the filter stays: java.util.logging keeps its loggers only weakly. */
    private static java.util.logging.Logger javaFxLog;

    /**
     * What the arguments ask for.
     *
     * @param desktop      the desktop app, rather than the command line
     * @param packToImport the template pack whose import the desktop app opens once loaded
     */
    record Start(boolean desktop, Optional<Path> packToImport) {
        static final Start COMMAND_LINE = new Start(false, Optional.empty());
        static final Start DESKTOP = new Start(true, Optional.empty());
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        // Built once, for whichever of the two runs: nothing is read from disk until a command asks for it.
        AppContext context = AppContext.real();
        // Before anything reads the data folder: what a run that was killed left half done.
        context.cleanUpAfterAKilledRun();
        Start start = decide(args);
        if (start.desktop()) {
            // Before the first window's text: the language chosen in View > Language, else the system's.
            Messages.use(org.dearmp.i18n.Language.choose(null,
                    new org.dearmp.userdata.SettingsStore(context.folder()).savedLanguage(),
                    Locale.getDefault(Locale.Category.DISPLAY)));
            context.warmUpInBackground();
            hideUnsupportedConfigurationWarning();
            int code = startDesktop(System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("glass.platform"), () -> DearMpApp.launch(context, start.packToImport()),
                    System.err);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(DearMpCommand.run(context, args));
    }

    /**
     * The desktop app with no arguments, or with one that is an existing file named like a pack
     * ({@code .dearmp} or {@code .zip}, any case); everything else, a missing file included, goes to the
     * command line, which runs a subcommand or says plainly what is wrong.
     */
    static Start decide(String... args) {
        if (args.length == 0) {
            return Start.DESKTOP;
        }
        if (args.length == 1 && PackFileNames.hasPackExtension(args[0])) {
            try {
                Path file = Path.of(args[0]);
                if (PackFileNames.isPackFile(file)) {
                    return new Start(true, Optional.of(file.toAbsolutePath()));
                }
            } catch (InvalidPathException e) {
                // Not a path this system can open: the command line says what it makes of it.
            }
        }
        return Start.COMMAND_LINE;
    }

    /**
     * Starts the desktop app, or says plainly that it needs a display and points to the command line.
     * On Linux and other Unix systems a display is a DISPLAY (X11) or WAYLAND_DISPLAY in the environment,
     * unless a headless glass platform (Monocle) was chosen; anywhere, the toolkit failing to start is
     * caught and said the same way. Returns the exit code: 0 once the app has closed.
     */
    static int startDesktop(Map<String, String> env, String osName, String glassPlatform, Runnable launch,
            PrintStream err) {
        if (needsDisplay(osName, glassPlatform) && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            err.println(Messages.get("cli.noDisplay"));
            return EXIT_NO_DISPLAY;
        }
        try {
            launch.run();
            return 0;
        } catch (RuntimeException | LinkageError e) {
            if (!toolkitFailed(e)) {
                throw e;
            }
            err.println(Messages.get("cli.displayFailed"));
            return EXIT_NO_DISPLAY;
        }
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration" on standard error whenever it runs from a plain
     * classpath jar, as this one always does: a log line that tells the user nothing. Other warnings stay.
     */
    private static void hideUnsupportedConfigurationWarning() {
        javaFxLog = java.util.logging.Logger.getLogger("javafx");
        javaFxLog.setFilter(line -> line.getMessage() == null
                || !line.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    private static boolean needsDisplay(String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11OrWayland = !os.startsWith("windows") && !os.startsWith("mac");
        return x11OrWayland && (glassPlatform == null || !glassPlatform.equalsIgnoreCase("monocle"));
    }

    /** JavaFX says "Unable to open DISPLAY" with an UnsupportedOperationException; missing native libraries link-fail. */
    private static boolean toolkitFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException || t instanceof LinkageError) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
