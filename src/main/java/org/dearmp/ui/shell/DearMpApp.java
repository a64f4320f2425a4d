package org.dearmp.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.dearmp.app.AppContext;
import org.dearmp.store.DamagedFiles;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.RecentLetters;
import java.util.concurrent.atomic.AtomicReference;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.services.Services;
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

    /** What {@link #launch} hands over: JavaFX makes the app with its no-argument constructor. */
    private static final AtomicReference<HandOver> HANDED_OVER = new AtomicReference<>();

    /** The root to work on, and the template pack the app was opened with, if any. */
    private record HandOver(AppContext context, Optional<Path> packToImport) {
    }

    private final AppConfig config;
    private final AppContext context;
    private final Optional<Path> packToImport;
    private final BackgroundExecutor executor = new FxBackgroundExecutor();
    private final AtomicReference<WizardViewModel> wizard = new AtomicReference<>();
    private MainWindow window;

    /** Made by {@link Application#launch}, after {@link #launch(AppContext, String...)} handed the context over. */
    public DearMpApp() {
        this(handedOver());
    }

    private DearMpApp(HandOver handOver) {
        this(AppConfig.of(handOver.context()), handOver.context(), handOver.packToImport());
    }

    /** With a root of its own over {@code config}'s data folder and clock (tests). */
    public DearMpApp(AppConfig config) {
        this(config, AppContext.forFolder(config.folder(), config.clock()));
    }

    /** @param context the root the batch and template windows work on, as the wizard's loader does */
    public DearMpApp(AppConfig config, AppContext context) {
        this(config, context, Optional.empty());
    }

    /**
     * @param packToImport a template pack the app was opened with: once the data has loaded, the Templates
     *                     window opens and asks about it as its own Import does
     */
    public DearMpApp(AppConfig config, AppContext context, Optional<Path> packToImport) {
        this.config = Objects.requireNonNull(config, "config");
        this.context = Objects.requireNonNull(context, "context");
        this.packToImport = Objects.requireNonNull(packToImport, "packToImport");
    }

    /** Starts the desktop app on {@code context} and returns once its window has closed. */
    public static void launch(AppContext context, String... args) {
        launch(context, Optional.empty(), args);
    }

    /** Starts the desktop app on {@code context}, opening the import of {@code packToImport} once it has loaded. */
    public static void launch(AppContext context, Optional<Path> packToImport, String... args) {
        handOver(Objects.requireNonNull(context, "context"), packToImport);
        Application.launch(DearMpApp.class, args);
    }

    /** What the next app made with the no-argument constructor works on; null takes it back (tests). */
    static void handOver(AppContext context) {
        handOver(context, Optional.empty());
    }

    static void handOver(AppContext context, Optional<Path> packToImport) {
        HANDED_OVER.set(context == null ? null : new HandOver(context, Objects.requireNonNull(packToImport)));
    }

    private static HandOver handedOver() {
        HandOver handOver = HANDED_OVER.get();
        if (handOver == null) {
            throw new IllegalStateException("Start the app with DearMpApp.launch(context)");
        }
        return handOver;
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, context, config.dialogs());
        DialogService dialogs = window.dialogs();
        DamagedFiles damaged = context.damagedFiles();
        DraftStore drafts = new DraftStore(config.folder(), damaged);
        RecentLetters recent = new RecentLetters(config.folder(), damaged);
        SettingsStore settings = new SettingsStore(config.folder(), damaged);
        LetterHistory history = new LetterHistory(recent, config.clock());
        AtomicReference<List<LetterHistory.Entry>> due = new AtomicReference<>(List.of());
        AtomicReference<Optional<LetterDraft>> unfinished = new AtomicReference<>(Optional.empty());
        Job loading = executor.submit(progress -> {
            Services services = config.loader().load(progress);
            // Each saved file read once here, off the FX thread, so a damaged one is set aside before the
            // window says, once, what was (the templates and the MP list were read by the loader).
            settings.load();
            // Read here, off the FX thread, for the offer once the window is shown.
            unfinished.set(drafts.load());
            recent.list();
            due.set(settings.load().historyOff() ? List.of() : history.due(history.today()));
            if (context.templatesLoaded()) {
                context.templates().user().readSideFiles();
            }
            return services;
        }, services -> {
            List<Path> setAside = damaged.takeUnreported();
            WizardViewModel vm = new WizardViewModel(services, new WizardViewModel.Environment(config.folder(),
                    drafts, recent, settings, new DelayDebouncer(config.draftDelay()), Platform::runLater,
                    executor, dialogs, config.desktop().apply(getHostServicesOrNull(), stage),
                    config.clock(), dialogs::showError));
            wizard.set(vm);
            window.showWizard(vm);
            // After the next pulse has laid the first step out: the start-up time the benchmark reads. Only
            // when asked for, so an ordinary start does not load the management classes for it.
            if (LOG.isDebugEnabled()) {
                Platform.runLater(() -> LOG.debug("Window usable {} ms after the JVM started",
                        ManagementFactory.getRuntimeMXBean().getUptime()));
            }
            // One after the other: what was set aside first, then the unfinished letter, then the pack's question.
            Optional<LetterDraft> draft = unfinished.get();
            List<LetterHistory.Entry> dueNow = due.get();
            if (!setAside.isEmpty() || draft.isPresent() || packToImport.isPresent() || !dueNow.isEmpty()) {
                Platform.runLater(() -> {
                    if (!setAside.isEmpty()) {
                        window.reportSetAside(setAside);
                    }
                    draft.ifPresent(window::offerDraft);
                    packToImport.ifPresent(window::importTemplatePack);
                    if (!dueNow.isEmpty()) {
                        window.askAboutReplies(history, dueNow);
                    }
                });
            }
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

    /** The template pack the app was opened with, whose import it asks about once loaded. */
    public Optional<Path> packToImport() {
        return packToImport;
    }

    /** The composition root the app works on. */
    public AppContext context() {
        return context;
    }

    @Override
    public void stop() {
        close();
        executor.shutdown();
    }
}
