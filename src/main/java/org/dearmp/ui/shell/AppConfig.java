package org.dearmp.ui.shell;

import org.dearmp.ui.services.DomainServicesLoader;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.stage.Window;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FxDesktopActions;
import org.dearmp.ui.desktop.FxDialogService;
import org.dearmp.ui.services.ServicesLoader;

/**
 * What the app is started with. {@link #defaults()} is the real app; tests swap the dialogs, the
 * desktop and the data folder so nothing native opens and nothing touches the user's own files.
 *
 * @param draftDelay how long typing must pause before the draft is saved
 */
public record AppConfig(AppDataFolder folder, ServicesLoader loader, Function<Window, DialogService> dialogs,
                        BiFunction<HostServices, Window, DesktopActions> desktop, Clock clock, Duration draftDelay) {
    public AppConfig {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(desktop, "desktop");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(draftDelay, "draftDelay");
    }

    public static AppConfig defaults() {
        AppDataFolder folder = AppDataFolder.resolveDefault();
        Clock clock = Clock.systemDefaultZone();
        return new AppConfig(folder, realLoader(folder, clock), FxDialogService::new, FxDesktopActions::new, clock,
                Duration.ofMillis(600));
    }

    /** The real domain: the MP list in use in {@code folder}, the bundled index and templates. */
    public static ServicesLoader realLoader(AppDataFolder folder, Clock clock) {
        return new DomainServicesLoader(folder, clock);
    }

    public AppConfig withLoader(ServicesLoader newLoader) {
        return new AppConfig(folder, newLoader, dialogs, desktop, clock, draftDelay);
    }

    public AppConfig withDraftDelay(Duration delay) {
        return new AppConfig(folder, loader, dialogs, desktop, clock, delay);
    }

    public AppConfig withDialogs(Function<Window, DialogService> service) {
        return new AppConfig(folder, loader, service, desktop, clock, draftDelay);
    }

    public AppConfig withDesktop(BiFunction<HostServices, Window, DesktopActions> actions) {
        return new AppConfig(folder, loader, dialogs, actions, clock, draftDelay);
    }

    /** Another data folder; the loader follows it (an imported MP list lives there). */
    public AppConfig withFolder(AppDataFolder newFolder) {
        return new AppConfig(newFolder, realLoader(newFolder, clock), dialogs, desktop, clock, draftDelay);
    }
}
