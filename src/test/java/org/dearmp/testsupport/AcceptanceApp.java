package org.dearmp.testsupport;

import org.dearmp.ui.ScreenshotTour;

import org.dearmp.app.AppContext;
import org.dearmp.ui.shell.AppConfig;
import org.dearmp.ui.shell.DearMpApp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.desktop.FxDialogService;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app for a TestFX test, in its own data folder, its real dialogs shown but its file
 * dialogs answering themselves. */
public final class AcceptanceApp {
    public final Path home;
    public final List<Path> savedTo = new ArrayList<>();
    public Path nextFile;
    /** The template pack the app is opened with, as a desktop opens a double-clicked pack; null for none. */
    public Path packToImport;
    /** What a file dialog that opens a file chooses; null to cancel it. */
    public Path nextOpen;
    public DearMpApp app;

    /** The one composition root of the running app, over {@code home/data}. */
    public final AppContext context;

    public AcceptanceApp(Path home) {
        this(home, Clock.systemDefaultZone());
    }

    /** The app on {@code clock}: a test moves it on to see what the app does weeks after a letter. */
    public AcceptanceApp(Path home, Clock clock) {
        this.home = home;
        this.context = AppContext.forFolder(new AppDataFolder(home.resolve("data")), clock);
    }

    public AppConfig config() {
        return AppConfig.of(context)
                .withDialogs(owner -> new RecordingDialogService(new FxDialogService(owner)).answerFilesWith(asked -> {
                    if (asked.kind().equals("open") && nextOpen != null) {
                        return Optional.of(nextOpen);
                    }
                    if (!asked.kind().equals("save")) {
                        return Optional.empty();
                    }
                    Path file = nextFile != null ? nextFile : home.resolve(asked.suggestedName());
                    savedTo.add(file);
                    return Optional.of(file);
                }))
                .withDesktop((host, owner) -> new ScreenshotTour.NoDesktop())
                .withDraftDelay(Duration.ofMillis(400));
    }

    public DearMpApp start() throws Exception {
        // The app shows itself in TestFX's one primary stage, which keeps the size an earlier test gave it
        // (a small large-text test, say): give it the main window's own size so every test starts alike.
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1040);
            stage.setHeight(720);
        });
        app = (DearMpApp) FxToolkit.setupApplication(() -> new DearMpApp(config(), context,
                Optional.ofNullable(packToImport)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.wizard() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    public void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }
}
