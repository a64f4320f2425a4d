package org.dearmp.ui.shell;

import org.dearmp.ui.services.DomainServicesLoader;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.stage.Window;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FxDesktopActions;
import org.dearmp.ui.desktop.FxDialogService;
import org.dearmp.ui.services.ServicesLoader;

/**
 * What the app is started with. {@link #of(AppContext)} is the real app over a composition root; tests swap
 * the dialogs, the desktop and the data folder so nothing native opens and nothing touches the user's own files.
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

    /** The real app, with the data folder, clock and domain of {@code context}. */
    public static AppConfig of(AppContext context) {
        return new AppConfig(context.folder(), realLoader(context), FxDialogService::new, FxDesktopActions::new,
                context.clock(), Duration.ofMillis(600));
    }

    /** The real domain from {@code context}: the MP list in use, the bundled index and the templates. */
    public static ServicesLoader realLoader(AppContext context) {
        return new DomainServicesLoader(context);
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
}
