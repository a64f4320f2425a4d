package org.dearmp.ui.wizard;

import org.dearmp.core.UkDates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.store.AppDataFolder;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.userdata.Settings;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.userdata.UserDataEraser;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.services.TemplateChoice;
import org.dearmp.ui.wizard.letter.LetterViewModel;
import org.dearmp.ui.wizard.letter.SeatCheckViewModel;
import org.dearmp.ui.wizard.mp.MpViewModel;
import org.dearmp.ui.wizard.postcode.PostcodeViewModel;
import org.dearmp.ui.wizard.send.SendViewModel;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole letter wizard: the five steps, moving between them without losing anything, the draft
 * saved as the user types, the sender remembered, and finished letters kept in the recent list.
 */
public final class WizardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WizardViewModel.class);
    // Each kind of delayed save has its own slot: a text-size change must never replace a waiting draft save.
    private static final String DRAFT_SAVE = "draft";
    private static final String SETTINGS_SAVE = "settings";

    private final Services services;
    private final AppDataFolder folder;
    private final DraftStore drafts;
    private final RecentLetters recent;
    private final DraftKeeper keeper;
    private final SettingsStore settingsStore;
    private final Debouncer debouncer;
    private final Executor uiThread;
    private final Clock clock;

    private final PostcodeViewModel postcode;
    private final MpViewModel mp;
    private final org.dearmp.ui.wizard.template.TemplateViewModel templates;
    private final LetterViewModel letter;
    private final SendViewModel send;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.POSTCODE);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper draftStatus = new ReadOnlyStringWrapper("");
    private final ObservableBooleanValue[] complete;
    private volatile Settings settings;
    private boolean quiet;

    /** What the wizard needs from around it. */
    public record Environment(AppDataFolder folder, DraftStore drafts, RecentLetters recent, SettingsStore settings,
                              Debouncer debouncer,
                              Executor uiThread, BackgroundExecutor executor, DialogService dialogs,
                              DesktopActions desktop, Clock clock, Consumer<Throwable> onError) {
    }

    public WizardViewModel(Services services, Environment env) {
        this.services = services;
        this.folder = env.folder();
        this.drafts = env.drafts();
        this.recent = env.recent();
        this.settingsStore = env.settings();
        this.debouncer = env.debouncer();
        this.uiThread = env.uiThread();
        this.clock = env.clock();
        this.settings = settingsStore.load();

        postcode = new PostcodeViewModel(services.lookup(), services.parliament());
        mp = new MpViewModel(services.parliament(), postcode.constituencyProperty(), clock);
        templates = new org.dearmp.ui.wizard.template.TemplateViewModel(services.letters().templates());
        keeper = new DraftKeeper(drafts, recent, services.parliament(), clock,
                id -> templates.byId(id).map(TemplateChoice::title).orElse(""));
        letter = new LetterViewModel(services.letters(), postcode.constituencyProperty(), mp.memberProperty(),
                templates.selectedProperty());
        Path initialFolder = settings.exportFolder() == null ? null : Path.of(settings.exportFolder());
        send = new SendViewModel(letter.composedProperty(), services.exporter(), env.dialogs(), env.desktop(),
                env.executor(), clock, initialFolder, this::finished, env.onError());
        letter.setSender(settings.sender());
        letter.checkSeat(new SeatCheckViewModel(services.lookup(), postcode.resultProperty(),
                postcode.constituencyProperty(), letter.postcodeProperty(), postcode.inputProperty()::set));

        complete = new ObservableBooleanValue[] {postcode.completeProperty(), mp.completeProperty(),
            templates.completeProperty(), letter.completeProperty(), new ReadOnlyBooleanWrapper(false)};
        BooleanBinding nextOk = Bindings.createBooleanBinding(
                () -> !step.get().isLast() && complete[step.get().ordinal()].get(),
                step, complete[0], complete[1], complete[2], complete[3]);
        canGoNext.bind(nextOk);
        canGoBack.bind(Bindings.createBooleanBinding(() -> !step.get().isFirst(), step));

        for (Observable o : List.of(postcode.inputProperty(), postcode.constituencyProperty(),
                templates.selectedProperty(), letter.nameProperty(), letter.addressProperty(),
                letter.postcodeProperty(), letter.emailProperty(), letter.phoneProperty(), letter.storyProperty(),
                letter.points(), step)) {
            o.addListener(x -> autosave());
        }
        step.addListener((obs, old, now) -> {
            if (now == Step.SEND) {
                send.reset();
            }
        });
    }

    // --- navigation

    public void next() {
        if (canGoNext.get()) {
            step.set(Step.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Jumps to a step, as far as the steps before it are complete. */
    public void goTo(Step target) {
        if (canVisit(target)) {
            step.set(target);
        }
    }

    public boolean canVisit(Step target) {
        for (int i = 0; i < target.ordinal(); i++) {
            if (!complete[i].get()) {
                return false;
            }
        }
        return true;
    }

    /** A binding for the step indicator: true while every step before {@code target} is complete. */
    public BooleanBinding visitableBinding(Step target) {
        return Bindings.createBooleanBinding(() -> canVisit(target), complete);
    }

    /** "Not your MP?": back to the postcode with the list of all seats open. */
    public void correctConstituency() {
        postcode.correctConstituency();
        step.set(Step.POSTCODE);
    }

    // --- drafts

    /** The unfinished letter from last time, to offer back. */
    public Optional<LetterDraft> unfinishedDraft() {
        return drafts.load();
    }

    /** "You were writing to Rachel Blake on 27 November at 21:40": words for the offer. */
    public String describe(LetterDraft draft) {
        return keeper.describe(draft);
    }

    /** Puts the draft from last time back into every step, then shows the step it was on. */
    public void restore(LetterDraft draft) {
        fill(draft);
        keeper.forget();
    }

    /** Reopens a letter from Recent letters, finished or kept unfinished, with everything that was typed. */
    public void reopen(SavedLetter letter) {
        debouncer.flush();
        fill(letter.draft());
        keeper.opened(letter);
    }

    private void fill(LetterDraft draft) {
        quietly(() -> {
            Constituency seat = draft.constituencyCode() == null ? null
                    : services.parliament().constituency(draft.constituencyCode()).orElse(null);
            postcode.restore(draft.postcode(), seat);
            templates.select(draft.templateId());
            letter.setSender(draft.sender());
            letter.setPoints(draft.points());
            letter.storyProperty().set(draft.story());
            Step wanted = Step.values()[Math.min(draft.step(), Step.values().length - 1)];
            Step reachable = Step.POSTCODE;
            for (Step s : Step.values()) {
                if (s.ordinal() <= wanted.ordinal() && canVisit(s)) {
                    reachable = s;
                }
            }
            step.set(reachable);
        });
    }

    /** True when starting a new letter would lose what was typed, so the user is asked first. */
    public boolean hasUnkeptLetter() {
        return keeper.needsKeeping(snapshot());
    }

    /** "Your letter to Rachel Blake is not finished": words for the question before a new letter. */
    public String describeUnkept() {
        return Messages.get("ui.newLetter.message", keeper.recipient(snapshot()));
    }

    /** Keeps the letter on screen in Recent letters as unfinished, so it can be reopened and finished later. */
    public void keepUnfinished() throws IOException {
        debouncer.flush();
        keeper.keep(false, mp.nameProperty().get(), snapshot());
    }

    /** Keeps the unfinished letter from last time in Recent letters, without opening it, and drops the draft. */
    public void keepForLater(LetterDraft draft) throws IOException {
        keeper.keepAside(draft);
    }

    /**
     * Starts a fresh letter; the sender's details stay, the rest is cleared, the draft is dropped. Ask
     * first when {@link #hasUnkeptLetter()}, and {@link #keepUnfinished()} if the user wants it kept.
     */
    public void startNew() {
        debouncer.flush();
        clearLetter(letter.sender());
        discardDraft();
    }

    public void discardDraft() {
        keeper.discardDraft();
    }

    /** The window is closing: whatever is still waiting to be saved is saved now. */
    public void close() {
        debouncer.flush();
    }

    /**
     * "Erase all my data": everything in the user data folder goes (but the saved templates, if the user
     * keeps them), and the window forgets what was typed, so nothing is written back until they type again.
     */
    public void eraseAllData(boolean keepTemplates) throws IOException {
        debouncer.flush();
        clearLetter(new Sender("", List.of(), "", "", ""));
        settings = Settings.defaults();
        draftStatus.set("");
        UserDataEraser.erase(folder, keepTemplates);
        refreshTemplates();
    }

    /** A blank letter from {@code sender}, on the first step, not in Recent letters yet. */
    private void clearLetter(Sender sender) {
        quietly(() -> {
            postcode.inputProperty().set("");
            templates.select(null);
            letter.setSender(sender);
            letter.setPoints(List.of());
            letter.storyProperty().set("");
            step.set(Step.POSTCODE);
        });
        letter.seatCheck().newLetter();
        keeper.forget();
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    public LetterDraft snapshot() {
        Constituency seat = postcode.constituencyProperty().get();
        TemplateChoice template = templates.selectedProperty().get();
        return new LetterDraft(postcode.inputProperty().get(), seat == null ? null : seat.code(),
                template == null ? null : template.id(), letter.sender(), letter.pointTexts(),
                letter.storyProperty().get(), step.get().ordinal(), clock.instant());
    }

    private void autosave() {
        if (quiet) {
            return;
        }
        LetterDraft draft = snapshot();
        settings = settings.withSender(draft.sender());
        debouncer.submit(DRAFT_SAVE, () -> {
            try {
                drafts.save(draft);
                settingsStore.save(settings);
                String at = UkDates.time(LocalDateTime.ofInstant(draft.savedAt(), clock.getZone()).toLocalTime());
                uiThread.execute(() -> draftStatus.set(Messages.get("ui.draft.saved", at)));
            } catch (IOException e) {
                LOG.warn("Could not save the draft: {}", e.getMessage());
                uiThread.execute(() -> draftStatus.set(Messages.get("ui.draft.notSaved")));
            }
        });
    }

    private void finished(SendViewModel.Way way) {
        debouncer.flush();
        try {
            keeper.keep(true, mp.nameProperty().get(), snapshot());
            Path folder = send.folderProperty().get();
            settings = settings.withExportFolder(folder == null ? null : folder.toString());
            settingsStore.save(settings);
            drafts.discard();
        } catch (IOException e) {
            LOG.warn("Could not keep the finished letter ({}): {}", way, e.getMessage());
        }
    }

    // --- text size

    public double fontScale() {
        return settings.fontScale();
    }

    public void setFontScale(double scale) {
        settings = settings.withFontScale(scale);
        // Saves the settings as they are when it runs, so the sender typed meanwhile is not lost either.
        debouncer.submit(SETTINGS_SAVE, () -> {
            try {
                settingsStore.save(settings);
            } catch (IOException e) {
                LOG.warn("Could not save the settings: {}", e.getMessage());
            }
        });
    }

    // --- properties

    public PostcodeViewModel postcode() {
        return postcode;
    }

    public MpViewModel mp() {
        return mp;
    }

    public org.dearmp.ui.wizard.template.TemplateViewModel templates() {
        return templates;
    }

    public LetterViewModel letter() {
        return letter;
    }

    public SendViewModel send() {
        return send;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    /** "Draft saved at 21:40". */
    public ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus.getReadOnlyProperty();
    }

    public RecentLetters recentLetters() {
        return recent;
    }

    public AppDataFolder folder() {
        return folder;
    }

    /** Re-reads the templates on offer (the Templates window may have saved, imported or deleted some). */
    public void refreshTemplates() {
        templates.refresh(services.letters().templates());
    }

    public Services services() {
        return services;
    }
}
