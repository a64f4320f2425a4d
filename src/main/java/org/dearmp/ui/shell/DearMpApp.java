package org.dearmp.ui.shell;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.DelayDebouncer;
import org.dearmp.ui.task.FxBackgroundExecutor;
import org.dearmp.ui.task.Job;
import org.dearmp.ui.wizard.WizardViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app: loads the data off the FX thread, then opens the letter wizard. */
public class DearMpApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DearMpApp.class);

    private final AppConfig config;
    private final BackgroundExecutor executor = new FxBackgroundExecutor();
    private final AtomicReference<WizardViewModel> wizard = new AtomicReference<>();
    private MainWindow window;

    public DearMpApp() {
        this(AppConfig.defaults());
    }

    public DearMpApp(AppConfig config) {
        this.config = config;
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, config.dialogs());
        DialogService dialogs = window.dialogs();
        Job loading = executor.submit(config.loader()::load, services -> {
            WizardViewModel vm = new WizardViewModel(services, new WizardViewModel.Environment(config.folder(),
                    new DraftStore(config.folder()), new RecentLetters(config.folder()),
                    new SettingsStore(config.folder()), new DelayDebouncer(config.draftDelay()), Platform::runLater,
                    executor, dialogs, config.desktop().apply(getHostServicesOrNull(), stage),
                    config.clock(), dialogs::showError));
            wizard.set(vm);
            window.showWizard(vm);
            vm.unfinishedDraft().ifPresent(draft -> Platform.runLater(() -> window.offerDraft(draft)));
        }, error -> {
            LOG.error("Could not load the app's data", error);
            window.showFailure(error);
        });
        window.showLoading(loading);
        stage.setOnCloseRequest(e -> close());
        stage.show();
    }

    private javafx.application.HostServices getHostServicesOrNull() {
        try {
            return getHostServices();
        } catch (RuntimeException e) {
            // Started by a test rather than Application.launch: there are no host services.
            return null;
        }
    }

    /** Saves what is waiting to be saved; safe to call more than once. */
    public void close() {
        WizardViewModel vm = wizard.get();
        if (vm != null) {
            vm.close();
        }
    }

    /** The wizard, once the data has loaded (for tests and the screenshot tour). */
    public WizardViewModel wizard() {
        return wizard.get();
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        close();
        executor.shutdown();
    }
}
