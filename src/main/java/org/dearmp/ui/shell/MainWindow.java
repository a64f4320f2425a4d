package org.dearmp.ui.shell;

import org.dearmp.app.AppContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dearmp.core.DearMpException;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.i18n.Messages;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.ui.shell.AboutDialog;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.Windows;
import org.dearmp.ui.help.GuideDialog;
import org.dearmp.ui.help.GuideSection;
import org.dearmp.ui.help.HelpDialog;
import org.dearmp.ui.help.HelpTopic;
import org.dearmp.ui.mplist.MpListChangesDialog;
import org.dearmp.ui.mplist.MpListUpdateViewModel;
import org.dearmp.ui.services.DomainMpListImports;
import org.dearmp.ui.templateeditor.TemplateEditorWindow;
import org.dearmp.ui.common.ErrorDialog;
import org.dearmp.ui.wizard.letter.LetterView;
import org.dearmp.ui.wizard.mp.MpView;
import org.dearmp.ui.wizard.postcode.PostcodeView;
import org.dearmp.ui.recent.RecentLettersDialog;
import org.dearmp.ui.recent.RecentLettersViewModel;
import org.dearmp.ui.wizard.send.SendView;
import org.dearmp.ui.shell.StartupView;
import org.dearmp.ui.task.Job;
import org.dearmp.ui.wizard.template.TemplateView;
import org.dearmp.ui.wizard.Step;
import org.dearmp.ui.wizard.StepIndicator;
import org.dearmp.ui.wizard.WizardViewModel;

/** The window: menu, step indicator, the current step, Back and Next. Thin: the view models decide. */
public final class MainWindow {
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 640;

    private final Stage stage;
    /** Where the batch and template windows get their data: the same root as the wizard's. */
    private final AppContext context;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Windows windows = new Windows();
    private final Function<Window, DialogService> dialogFactory;
    private final DialogService dialogs;
    private WizardViewModel wizard;
    private TemplateEditorWindow.Shown templatesWindow;
    /** What the window is busy writing ("Erasing your data…"), or "": while busy, the letter and the File menu wait. */
    private final javafx.beans.property.StringProperty working = new javafx.beans.property.SimpleStringProperty("");

    /** @param dialogFactory the dialogs of this window and of the windows it opens */
    public MainWindow(Stage stage, AppContext context, Function<Window, DialogService> dialogFactory) {
        this.stage = stage;
        this.context = context;
        this.dialogFactory = dialogFactory;
        this.dialogs = dialogFactory.apply(stage);
        root.setId("root");
        root.getStyleClass().add("app");
        content.setId("content");
        content.getStyleClass().add("content");
        root.setCenter(content);
        // Text scales with the system font size (the stylesheet is in em), in every window the factory makes.
        windows.main(stage, owner -> HelpDialog.show(owner, helpTopic()));
        windows.show(stage, root, 1040, 720);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // Larger text from any window (the batch and template windows take the keys too) is remembered.
        windows.scaleProperty().addListener((obs, old, now) -> {
            if (wizard != null && wizard.fontScale() != now.doubleValue()) {
                wizard.setFontScale(now.doubleValue());
            }
        });
    }

    /** The factory that made this window: the batch and template windows are made by it too. */
    public Windows windows() {
        return windows;
    }

    public Stage stage() {
        return stage;
    }

    /** The questions this window asks. */
    public DialogService dialogs() {
        return dialogs;
    }

    public void showLoading(Job job) {
        content.getChildren().setAll(new StartupView(job, Platform::exit));
    }

    public void showFailure(Throwable error) {
        Label message = Controls.text("startup-failed", ErrorDialog.userMessage(error), "field-error");
        Button details = Controls.button("startup-details", "ui.startup.details", e -> ErrorDialog.show(stage, error));
        Button quit = Controls.button("startup-quit", "ui.startup.quit", e -> Platform.exit());
        VBox box = new VBox(Controls.heading("startup-failed-heading", Messages.get("ui.startup.failed")), message,
                new HBox(details, quit));
        box.getStyleClass().addAll("step", "narrow-step");
        content.getChildren().setAll(box);
    }

    public void showWizard(WizardViewModel vm) {
        this.wizard = vm;
        windows.setScale(vm.fontScale());
        PostcodeView postcode = new PostcodeView(vm.postcode(), vm::next);
        MpView mp = new MpView(vm.mp(), vm::correctConstituency);
        TemplateView templates = new TemplateView(vm.templates(), vm::next);
        LetterView letter = new LetterView(vm.letter());
        SendView send = new SendView(vm.send(), Bindings.createStringBinding(() -> vm.letter().composedProperty()
                .get() == null ? "" : vm.letter().composedProperty().get().letter().recipient().envelopeName(),
                vm.letter().composedProperty()), this::startNew);
        Node[] views = {scrolling(postcode), scrolling(mp), scrolling(templates), letter, scrolling(send)};
        Runnable[] focus = {postcode::focusFirst, mp::focusFirst, templates::focusFirst, letter::focusFirst,
            send::focusFirst};

        Button back = Controls.button("back", "ui.nav.back", e -> vm.back());
        back.disableProperty().bind(vm.canGoBackProperty().not().or(working.isNotEmpty()));
        back.setCancelButton(false);
        Button next = Controls.button("next", "ui.nav.next", e -> vm.next());
        next.disableProperty().bind(vm.canGoNextProperty().not().or(working.isNotEmpty()));
        next.setDefaultButton(true);
        Controls.showWhen(next, Bindings.createBooleanBinding(() -> !vm.stepProperty().get().isLast(),
                vm.stepProperty()));
        Label draftStatus = Controls.text("draft-status", "", "hint-text");
        draftStatus.textProperty().bind(vm.draftStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label workingStatus = Controls.text("working-status", "", "hint-text");
        workingStatus.textProperty().bind(working);
        Controls.showWhen(workingStatus, working.isNotEmpty());
        HBox nav = new HBox(draftStatus, workingStatus, spacer, back, next);
        nav.setId("nav-bar");
        content.disableProperty().bind(working.isNotEmpty());
        nav.getStyleClass().add("nav-bar");

        VBox top = new VBox(menuBar(), new StepIndicator(vm));
        root.setTop(top);
        root.setBottom(nav);

        Runnable show = () -> {
            int i = vm.stepProperty().get().ordinal();
            content.getChildren().setAll(views[i]);
            // The step's first input takes the focus, never Back: a scroll pane shown for the first time puts its
            // content in the scene only once it has a skin, so make the skin now rather than at the next pulse.
            content.applyCss();
            content.layout();
            focus[i].run();
            Platform.runLater(focus[i]);
        };
        vm.stepProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    /**
     * A step centred in a scroll pane: at large text sizes or in a small window it scrolls instead of
     * pushing the Back and Next buttons off the window.
     */
    private static ScrollPane scrolling(Region step) {
        StackPane centred = new StackPane(step);
        centred.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        centred.getStyleClass().add("step-holder");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setId(step.getId() + "-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("step-scroll");
        return scroll;
    }

    private MenuBar menuBar() {
        MenuItem newLetter = item("menu-new", "ui.menu.new", "Shortcut+N", this::startNew);
        MenuItem recent = item("menu-recent", "ui.menu.recent", "Shortcut+R", () -> {
            RecentLettersViewModel letters = new RecentLettersViewModel(wizard.recentLetters(), wizard,
                    java.time.ZoneId.systemDefault());
            letters.setBeforeReopen(this::readyForAnotherLetter);
            RecentLettersDialog.show(stage, letters, new org.dearmp.ui.recent.FollowUpPrompt(stage,
                    new org.dearmp.ui.recent.FollowUpsViewModel(wizard.letterHistory(), wizard), dialogs,
                    this::readyForAnotherLetter));
        });
        MenuItem batch = item("menu-batch", "ui.batch.menu", "Shortcut+B",
                () -> org.dearmp.ui.batch.BatchWindow.open(stage, context::batch, dialogFactory));
        MenuItem templates = item("menu-templates", "ui.editor.menu.open", "Shortcut+T", this::openTemplates);
        MpListUpdateViewModel mpLists = mpListUpdates();
        MenuItem updateMps = item("menu-update-mps", "ui.menu.updateMps", null, mpLists::chooseAndImport);
        updateMps.disableProperty().bind(mpLists.importingProperty());
        MenuItem erase = item("menu-erase", "ui.menu.erase", null, this::confirmErase);
        javafx.scene.control.CheckMenuItem keepHistory = new javafx.scene.control.CheckMenuItem(
                Messages.get("ui.menu.history"));
        keepHistory.setId("menu-history");
        keepHistory.setSelected(!wizard.historyOff());
        keepHistory.setOnAction(e -> wizard.setHistoryOff(!keepHistory.isSelected()));
        MenuItem quit = item("menu-quit", "ui.menu.quit", "Shortcut+Q", () -> {
            wizard.close();
            stage.close();
        });
        Menu file = new Menu(Messages.get("ui.menu.file"), null, newLetter, recent, batch, new SeparatorMenuItem(),
                templates, updateMps, new SeparatorMenuItem(), keepHistory, erase,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        file.disableProperty().bind(working.isNotEmpty());
        MenuItem larger = item("menu-larger", "ui.menu.larger", "Shortcut+EQUALS", () -> scaleText(Windows.STEP));
        MenuItem smaller = item("menu-smaller", "ui.menu.smaller", "Shortcut+MINUS", () -> scaleText(1 / Windows.STEP));
        MenuItem normal = item("menu-normal-size", "ui.menu.normalSize", "Shortcut+0", () -> windows.setScale(1.0));
        Menu language = LanguageMenu.create(org.dearmp.i18n.Language.ofCode(wizard.savedLanguage())
                .orElse(Messages.language()), chosen -> wizard.saveLanguage(chosen.code()), dialogs);
        Menu view = new Menu(Messages.get("ui.menu.view"), null, larger, smaller, normal, new SeparatorMenuItem(),
                language);
        view.setId("menu-view");
        MenuItem guide = item("menu-guide", "ui.menu.guide", null,
                () -> GuideDialog.show(stage, GuideSection.WRITING));
        MenuItem screenHelp = item("menu-help-screen", "ui.menu.helpScreen", "F1",
                () -> HelpDialog.show(stage, helpTopic()));
        MenuItem about = item("menu-about", "ui.menu.about", null, () -> AboutDialog.create(stage,
                wizard.services().dataInfo()).showAndWait());
        Menu help = new Menu(Messages.get("ui.menu.help"), null, guide, screenHelp, about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The Templates window, one at a time; when it closes, the template step offers what was saved. */
    private TemplateEditorWindow.Shown openTemplates() {
        if (templatesWindow != null && templatesWindow.stage().isShowing()) {
            templatesWindow.stage().toFront();
            return templatesWindow;
        }
        templatesWindow = TemplateEditorWindow.show(stage, context.templates(), wizard.services().parliament(),
                wizard::refreshTemplates, dialogFactory, context.clock(), wizard.executor());
        return templatesWindow;
    }

    /**
     * Opens the Templates window and asks about {@code pack} as its own Import does (what the pack holds;
     * replace, only new or cancel): the app was opened with a pack file. Call once the wizard is shown.
     */
    public void importTemplatePack(Path pack) {
        TemplateEditorWindow.Shown templates = openTemplates();
        // Once the window is on screen, so the question is asked over it.
        Platform.runLater(() -> templates.viewModel().importPack(pack));
    }

    /** File > Update MP list…: the wizard, and the batch and template windows through the root, use the new list. */
    private MpListUpdateViewModel mpListUpdates() {
        MpListUpdateViewModel updates = new MpListUpdateViewModel(dialogs, wizard.executor(),
                new DomainMpListImports(context), update -> wizard.useMpList(update.parliament(), update.lookup()));
        MpListChangesDialog.showChangesOf(stage, updates);
        return updates;
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void scaleText(double factor) {
        windows.setScale(windows.scale() * factor);
    }

    /** The help for what is on screen: the current step, or getting ready while the data loads. */
    public HelpTopic helpTopic() {
        return wizard == null ? HelpTopic.START : HelpTopic.forStep(wizard.stepProperty().get());
    }

    private void startNew() {
        readyForAnotherLetter(() -> wizard.startNew());
    }

    /**
     * Before the letter on screen makes way for a new or reopened one: an unfinished letter is first kept
     * in Recent letters or discarded, as the user says, then {@code next} runs. False when they would rather go
     * back to it. Keeping writes in the background; {@code next} runs once it is kept, and if it cannot be, the
     * letter stays on screen and the user is told.
     */
    private boolean readyForAnotherLetter(Runnable next) {
        if (!wizard.hasUnkeptLetter()) {
            next.run();
            return true;
        }
        var answer = NewLetterDialog.ask(dialogs, wizard.describeUnkept());
        if (answer.isEmpty()) {
            return false;
        }
        if (answer.get() == NewLetterDialog.Answer.KEEP) {
            // Nothing can be typed while it is kept, so nothing typed meanwhile is lost to the next letter.
            working.set(Messages.get("ui.newLetter.keeping"));
            wizard.keepUnfinished(() -> {
                working.set("");
                // Kept in Recent letters: the crash copy is no longer needed.
                wizard.discardDraft();
                next.run();
            }, e -> {
                working.set("");
                dialogs.showError(new DearMpException(Messages.get("ui.newLetter.notKept"), e));
            });
            return true;
        }
        wizard.discardDraft();
        next.run();
        return true;
    }

    /**
     * Erase all my data: whether there are saved templates to offer to keep is read in the background, then the
     * question; the erase itself runs in the background while the window says it is erasing, then says it is
     * done, or in plain words why not.
     */
    private void confirmErase() {
        var folder = wizard.folder();
        wizard.executor().submit(progress -> org.dearmp.userdata.UserDataEraser.hasSavedTemplates(folder),
                hasTemplates -> askAndErase(hasTemplates), error -> askAndErase(true));
    }

    private void askAndErase(boolean hasTemplates) {
        EraseDataDialog.ask(stage, wizard.folder().root(), hasTemplates).ifPresent(keepTemplates -> {
            working.set(Messages.get("ui.erase.working"));
            wizard.eraseAllData(keepTemplates, () -> {
                working.set("");
                EraseDataDialog.done(stage, keepTemplates);
            }, e -> {
                working.set("");
                dialogs.showError(EraseDataDialog.notErased(e));
            });
        });
    }

    private enum DraftAnswer { RESUME, LATER, DISCARD }

    /** At start, after a crash or a close without finishing: offer the unfinished letter back. */
    public void offerDraft(LetterDraft draft) {
        // Closing the question loses nothing: the letter waits in Recent letters.
        DraftAnswer answer = dialogs.choose(new DialogService.Question("draft", Messages.get("ui.draft.title"),
                Messages.get("ui.draft.header"), wizard.describe(draft)), List.of(
                new DialogService.Answer<>(DraftAnswer.RESUME, "draft-resume", Messages.get("ui.draft.resume"),
                        DialogService.Role.YES, true),
                new DialogService.Answer<>(DraftAnswer.LATER, "draft-later", Messages.get("ui.draft.later"),
                        DialogService.Role.NO, false),
                new DialogService.Answer<>(DraftAnswer.DISCARD, "draft-discard", Messages.get("ui.draft.discard"),
                        DialogService.Role.OTHER, false))).orElse(DraftAnswer.LATER);
        if (answer == DraftAnswer.RESUME) {
            wizard.restore(draft);
        } else if (answer == DraftAnswer.DISCARD) {
            wizard.discardDraft();
        } else {
            // If it cannot be kept, the draft stays where it is and is offered again next time.
            wizard.keepForLater(draft, e -> dialogs.showError(new DearMpException(Messages.get("ui.draft.notKept"),
                    e)));
        }
    }

    /** At start, for the letters sent two weeks ago or more: did the MP reply, and is a follow-up wanted. */
    public void askAboutReplies(org.dearmp.userdata.LetterHistory history,
                                List<org.dearmp.userdata.LetterHistory.Entry> due) {
        new org.dearmp.ui.recent.FollowUpPrompt(stage, new org.dearmp.ui.recent.FollowUpsViewModel(history, wizard),
                dialogs, this::readyForAnotherLetter).askAbout(due);
    }

    /** At start, when files the app could not read were set aside: says so once, and where they are. */
    public void reportSetAside(List<Path> setAside) {
        dialogs.showInfo(setAsideNotice(setAside));
    }

    static DialogService.Question setAsideNotice(List<Path> setAside) {
        String where = String.join("\n", setAside.stream().map(Path::toString).toList());
        return new DialogService.Question("damaged", Messages.get("ui.damaged.title"),
                Messages.get("ui.damaged.header", setAside.size()),
                Messages.get("ui.damaged.message", setAside.size(), where));
    }

    public Step currentStep() {
        return wizard.stepProperty().get();
    }
}
