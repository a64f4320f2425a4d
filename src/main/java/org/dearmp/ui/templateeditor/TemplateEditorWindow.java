package org.dearmp.ui.templateeditor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.letter.LetterComposer;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.TemplatePackReader;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.ui.common.Windows;
import org.dearmp.ui.help.HelpDialog;
import org.dearmp.ui.help.HelpTopic;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.DelayDebouncer;
import org.dearmp.ui.task.Debouncer;

/** Opens the Templates screen in its own window, beside the letter wizard. */
public final class TemplateEditorWindow {
    /** Long enough not to check on every key press, short enough to feel live. */
    public static final Duration CHECK_DELAY = Duration.ofMillis(350);

    /** A Templates window on screen and the screen's model, which an import the app was opened with goes to. */
    public record Shown(Stage stage, TemplateEditorViewModel viewModel) {
    }

    private TemplateEditorWindow() {
    }

    public static TemplateEditorViewModel.Services services(TemplateCatalog catalog, Parliament parliament,
                                                           Debouncer debouncer, Executor uiThread,
                                                           BackgroundExecutor executor, Clock clock) {
        TemplateChecker checker = catalog.user().checker();
        return new TemplateEditorViewModel.Services(catalog, parliament, new LetterComposer(),
                new TemplatePackReader(checker, PackLimits.DEFAULT), new TemplatePackWriter(clock, PackLimits.DEFAULT),
                debouncer, uiThread, executor, clock);
    }

    /**
     * Shows the window.
     *
     * @param onClose runs after the window closes (the wizard re-reads its template list)
     * @param dialogs makes the window's dialogs (tests answer them themselves)
     * @param clock dates the packs the window writes
     * @param executor where the window's writes run
     */
    public static Shown show(Window owner, TemplateCatalog catalog, Parliament parliament, Runnable onClose,
                             Function<Window, DialogService> dialogs, Clock clock, BackgroundExecutor executor) {
        Windows windows = Windows.of(owner);
        Stage stage = windows.window(owner, Messages.get("ui.editor.window.title"), HelpDialog.opener(HelpTopic.EDITOR));
        TemplateEditorViewModel vm = new TemplateEditorViewModel(services(catalog, parliament,
                new DelayDebouncer(CHECK_DELAY), Platform::runLater, executor, clock), dialogs.apply(stage));
        TemplateEditorView view = new TemplateEditorView(vm);
        windows.show(stage, view.root(), 1280, 800);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // Closed by the user (its close button, Escape, Ctrl+W): it goes once the changes are saved, or stays if
        // they cannot be. Hidden without asking (the app quitting): what is still to be written is written first.
        stage.setOnCloseRequest(e -> {
            if (e.isConsumed()) {
                return; // a guard before this one (a question the user said no to) keeps the window open
            }
            e.consume();
            vm.closeWhenSaved(stage::hide);
        });
        stage.setOnHidden(e -> {
            vm.closeNow();
            onClose.run();
        });
        stage.show();
        return new Shown(stage, vm);
    }
}
