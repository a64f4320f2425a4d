package org.dearmp.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.stage.Window;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.app.DesktopActions;
import org.dearmp.ui.app.FileChooserService;
import org.dearmp.ui.app.FxDesktopActions;
import org.dearmp.ui.app.FxFileChooser;
import org.dearmp.ui.app.ServicesLoader;

/**
 * What the app is started with. {@link #defaults()} is the real app; tests swap the file chooser, the
 * desktop and the data folder so nothing native opens and nothing touches the user's own files.
 *
 * @param draftDelay how long typing must pause before the draft is saved
 */
public record AppConfig(AppDataFolder folder, ServicesLoader loader, Function<Window, FileChooserService> files,
                        BiFunction<HostServices, Window, DesktopActions> desktop, Clock clock, Duration draftDelay) {
    public AppConfig {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(desktop, "desktop");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(draftDelay, "draftDelay");
    }

    public static AppConfig defaults() {
        return new AppConfig(AppDataFolder.resolveDefault(), new DomainServicesLoader(), FxFileChooser::new,
                FxDesktopActions::new, Clock.systemDefaultZone(), Duration.ofMillis(600));
    }

    public AppConfig withFiles(Function<Window, FileChooserService> chooser) {
        return new AppConfig(folder, loader, chooser, desktop, clock, draftDelay);
    }

    public AppConfig withDesktop(BiFunction<HostServices, Window, DesktopActions> actions) {
        return new AppConfig(folder, loader, files, actions, clock, draftDelay);
    }

    public AppConfig withFolder(AppDataFolder newFolder) {
        return new AppConfig(newFolder, loader, files, desktop, clock, draftDelay);
    }
}
