package org.dearmp.ui.wizard;

import org.dearmp.history.FollowUpKind;
import org.dearmp.history.LetterSent;
import org.dearmp.letter.Letter;
import org.dearmp.ui.services.ComposedLetter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Sender;
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
import org.dearmp.parliament.Parliament;
import org.dearmp.ui.services.DataInfo;
import org.dearmp.ui.services.LiveMpList;
import org.dearmp.ui.services.PostcodeLookup;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.services.TemplateChoice;
import org.dearmp.ui.wizard.letter.LetterViewModel;
import org.dearmp.ui.wizard.letter.SeatCheckViewModel;
import org.dearmp.ui.wizard.mp.MpViewModel;
import org.dearmp.ui.wizard.postcode.PostcodeViewModel;
import org.dearmp.ui.wizard.send.SendViewModel;
import org.dearmp.ui.wizard.template.TemplateViewModel;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.Debouncer;

/**
 * The whole letter wizard: the five steps and moving between them without losing anything. What is
 * typed is written down by {@link WizardSaves}; which entry of Recent letters it is, by {@link DraftKeeper}.
 */
public final class WizardViewModel {
    /** Made again after an MP list update, for the About window's date of the list. */
    private Services services;
    /** What every step reads the MPs from: swapped, not rebuilt, when a newer list is imported. */
    private final LiveMpList mpList;
    private final BackgroundExecutor executor;
    private final AppDataFolder folder;
    private final RecentLetters recent;
    private final DraftKeeper keeper;
    private final WizardSaves saves;

    private final PostcodeViewModel postcode;
    private final MpViewModel mp;
    private final TemplateViewModel templates;
    private final LetterViewModel letter;
    private final SendViewModel send;

    private final StepNavigation steps;
    private final StepContents contents;
    private final org.dearmp.userdata.LetterHistory history;
    private final LetterFill fills;
    /** True while the letter is a follow-up: the template step offers the follow-up family instead. */
    private boolean followUpTemplates;

    /** What the wizard needs from around it. */
    public record Environment(AppDataFolder folder, DraftStore drafts, RecentLetters recent, SettingsStore settings,
                              Debouncer debouncer,
                              Executor uiThread, BackgroundExecutor executor, DialogService dialogs,
                              DesktopActions desktop, Clock clock, Consumer<Throwable> onError) {
    }

    public WizardViewModel(Services given, Environment env) {
        this.mpList = new LiveMpList(given.parliament(), given.lookup());
        this.services = new Services(mpList.lookup(), mpList, given.letters(), given.exporter(), given.dataInfo());
        this.executor = env.executor();
        this.folder = env.folder();
        this.recent = env.recent();
        Clock clock = env.clock();
        this.history = new org.dearmp.userdata.LetterHistory(recent, clock);

        postcode = new PostcodeViewModel(services.lookup(), mpList);
        mp = new MpViewModel(services.parliament(), postcode.constituencyProperty(), clock);
        templates = new TemplateViewModel(services.letters().templates());
        keeper = new DraftKeeper(env.drafts(), recent, services.parliament(), clock,
                id -> templates.byId(id).map(TemplateChoice::title).orElse(""));
        saves = new WizardSaves(env.drafts(), env.settings(), env.debouncer(), env.uiThread(), clock, keeper,
                env.executor(), env.onError());
        Settings settings = saves.settings();
        letter = new LetterViewModel(services.letters(), postcode.constituencyProperty(), mp.memberProperty(),
                templates.selectedProperty());
        Path initialFolder = settings.exportFolder() == null ? null : Path.of(settings.exportFolder());
        send = new SendViewModel(letter.composedProperty(), services.exporter(), env.dialogs(), env.desktop(),
                env.executor(), clock, initialFolder, this::finished, env.onError());
        letter.setSender(settings.sender());
        letter.checkSeat(new SeatCheckViewModel(services.lookup(), postcode.resultProperty(),
                postcode.constituencyProperty(), letter.postcodeProperty(), postcode.inputProperty()::set));

        steps = new StepNavigation(postcode.completeProperty(), mp.completeProperty(),
                templates.completeProperty(), letter.completeProperty(), new ReadOnlyBooleanWrapper(false));
        contents = new StepContents(services.parliament(), postcode, templates, letter, clock,
                this::offerFollowUpTemplates);
        fills = new LetterFill(contents, steps, recent, executor);
        contents.whenTyped(steps.stepProperty(), () -> saves.changed(snapshot()));
        steps.stepProperty().addListener((obs, old, now) -> {
            if (now == Step.SEND) {
                send.reset();
            }
        });
    }

    // --- navigation

    public void next() {
        steps.next();
    }

    public void back() {
        steps.back();
    }

    /** Jumps to a step, as far as the steps before it are complete. */
    public void goTo(Step target) {
        steps.goTo(target);
    }

    public boolean canVisit(Step target) {
        return steps.canVisit(target);
    }

    /** A binding for the step indicator: true while every step before {@code target} is complete. */
    public BooleanBinding visitableBinding(Step target) {
        return steps.visitableBinding(target);
    }

    /**
     * A newer MP list is in use: a postcode looked up from now on finds its MP there, and the MP on screen
     * (and the letter to them) follows at once.
     */
    public void useMpList(Parliament parliament, PostcodeLookup lookup) {
        mpList.use(parliament, lookup);
        DataInfo was = services.dataInfo();
        services = new Services(services.lookup(), mpList, services.letters(), services.exporter(), new DataInfo(
                parliament.dataAsOf(), parliament.source(), was.postcodesAsOf(), was.postcodeCount(),
                was.attributions()));
        mp.refresh();
    }

    /** Where slow work started from the window (an MP list import) runs. */
    public BackgroundExecutor executor() {
        return executor;
    }

    /** "Not your MP?": back to the postcode with the list of all seats open. */
    public void correctConstituency() {
        postcode.correctConstituency();
        steps.show(Step.POSTCODE);
    }

    // --- drafts

    /** The unfinished letter from last time, to offer back. */
    public Optional<LetterDraft> unfinishedDraft() {
        return keeper.lastDraft();
    }

    /** "You were writing to Rachel Blake on 27 November at 21:40": words for the offer. */
    public String describe(LetterDraft draft) {
        return keeper.describe(draft);
    }

    /** Puts the draft from last time back into every step, then shows the step it was on. */
    public void restore(LetterDraft draft) {
        fills.fill(draft, keeper::forget);
    }

    /** Reopens a letter from Recent letters, finished or kept unfinished, with everything that was typed. */
    public void reopen(SavedLetter letter) {
        fills.fill(letter.draft(), () -> keeper.opened(letter));
    }

    /** True when starting a new letter would lose what was typed, so the user is asked first. */
    public boolean hasUnkeptLetter() {
        return keeper.needsKeeping(snapshot());
    }

    /** "Your letter to Rachel Blake is not finished": words for the question before a new letter. */
    public String describeUnkept() {
        return Messages.get("ui.newLetter.message", keeper.recipient(snapshot()));
    }

    /**
     * Keeps the letter on screen in Recent letters as unfinished, so it can be reopened and finished later. The
     * file is written on the background executor; then {@code kept} runs, or {@code notKept} with the letter still
     * on screen and not kept. Nothing is written on the calling thread.
     */
    public void keepUnfinished(Runnable kept, Consumer<Throwable> notKept) {
        saves.keepUnfinished(mp.nameProperty().get(), snapshot(), kept, notKept);
    }

    /**
     * Keeps the unfinished letter from last time in Recent letters, without opening it, and drops the draft; in
     * the background. If it cannot be kept the draft stays, {@code notKept} is told, and it is offered again.
     */
    public void keepForLater(LetterDraft draft, Consumer<Throwable> notKept) {
        saves.keepAside(draft, notKept);
    }

    /**
     * Starts a fresh letter; the sender's details stay, the rest is cleared, the draft is dropped. Ask
     * first when {@link #hasUnkeptLetter()}, and {@link #keepUnfinished} if the user wants it kept.
     */
    public void startNew() {
        clearLetter(letter.sender());
        discardDraft();
    }

    /** Drops the draft file, in the background, after the writes before it; a save still waiting never brings it back. */
    public void discardDraft() {
        saves.discardDraft();
    }

    /** The window is closing: the writes decided, then whatever is still waiting to be saved, are saved now. */
    public void close() {
        saves.close();
    }

    /**
     * "Erase all my data": the window forgets what was typed at once, so nothing is written back until they type
     * again; then, in the background, everything in the user data folder goes (but the saved templates, if the
     * user keeps them), and {@code done} or {@code failed} is told. No save queued before it is written after it.
     */
    public void eraseAllData(boolean keepTemplates, Runnable done, Consumer<Throwable> failed) {
        clearLetter(new Sender("", List.of(), "", "", ""));
        saves.eraseAll(progress -> {
            UserDataEraser.erase(folder, keepTemplates);
            return null;
        }, () -> {
            refreshTemplates();
            done.run();
        }, failed);
    }

    /** True while a write the user asked for (keeping a letter, dropping a draft, erasing) is under way. */
    public ReadOnlyBooleanProperty writingProperty() {
        return saves.writingProperty();
    }

    /** A blank letter from {@code sender}, on the first step, not in Recent letters yet. */
    private void clearLetter(Sender sender) {
        contents.quietly(() -> {
            contents.clear(sender);
            steps.show(Step.POSTCODE);
        });
        letter.seatCheck().newLetter();
        keeper.forget();
    }

    /**
     * Starts a follow-up to {@code first}, a letter of the history: to the same MP from the same writer, with
     * the follow-up letter {@code kind} chosen, on the letter step. Keep the letter on screen first
     * ({@link #hasUnkeptLetter()}).
     */
    public void startFollowUp(SavedLetter first, FollowUpKind kind) {
        LetterDraft before = first.draft();
        // A letter from the command line keeps no sender: the one the app remembers writes the follow-up.
        Sender from = before.sender().name().isBlank() ? letter.sender() : before.sender();
        String template = services.letters().followUpTemplateId(kind, first.sent().templateId());
        LetterDraft followUp = new LetterDraft(before.postcode(), before.constituencyCode(), template,
                from, List.of(), "", Step.LETTER.ordinal(), null, first.id());
        discardDraft();
        // The first letter as the history listed it: nothing is read again for it on the FX thread.
        fills.fillNow(followUp, LetterFill.firstLetter(first.sent()));
        keeper.forget();
    }

    private void offerFollowUpTemplates(boolean on) {
        if (on != followUpTemplates) {
            followUpTemplates = on;
            // At once: the letter being filled in chooses its follow-up template from this list next.
            templates.refresh(available(services, on));
        }
    }

    /** The letters that went, their replies and follow-ups, by the wizard's clock. */
    public org.dearmp.userdata.LetterHistory letterHistory() {
        return history;
    }

    /** True when the writer chose to keep no history of their letters. */
    public boolean historyOff() {
        return saves.settings().historyOff();
    }

    public void setHistoryOff(boolean off) {
        saves.setHistoryOff(off);
    }

    public LetterDraft snapshot() {
        return contents.snapshot(steps.current());
    }

    private void finished(SendViewModel.Way way) {
        LetterDraft draft = snapshot();
        ComposedLetter composed = letter.composedProperty().get();
        Letter sentLetter = composed == null ? null : composed.letter();
        LetterSent sent = sentLetter == null ? null : new LetterSent(sentLetter.date(), way.sentAs(),
                sentLetter.templateId(), sentLetter.subject(), sentLetter.ask(), draft.followUpOf());
        saves.finished(draft, mp.nameProperty().get(), send.folderProperty().get(), way, sent);
    }

    // --- text size

    public double fontScale() {
        return saves.fontScale();
    }

    public void setFontScale(double scale) {
        saves.setFontScale(scale);
    }

    // --- interface language, applied at the next start

    /** The language saved for the next start ({@code cy}, {@code en}); null when none was chosen. */
    public String savedLanguage() {
        return saves.language();
    }

    public void saveLanguage(String code) {
        saves.setLanguage(code);
    }

    // --- properties

    public PostcodeViewModel postcode() {
        return postcode;
    }

    public MpViewModel mp() {
        return mp;
    }

    public TemplateViewModel templates() {
        return templates;
    }

    public LetterViewModel letter() {
        return letter;
    }

    public SendViewModel send() {
        return send;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return steps.stepProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return steps.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return steps.canGoNextProperty();
    }

    /** "Draft saved at 21:40". */
    public ReadOnlyStringProperty draftStatusProperty() {
        return saves.draftStatusProperty();
    }

    public RecentLetters recentLetters() {
        return recent;
    }

    public AppDataFolder folder() {
        return folder;
    }

    /** Re-reads the templates on offer in the background (the Templates window may have changed some), then offers them. */
    public void refreshTemplates() {
        Services now = services;
        boolean followUps = followUpTemplates;
        templates.refresh(executor, progress -> available(now, followUps));
    }

    private static List<TemplateChoice> available(Services from, boolean followUps) {
        return followUps ? from.letters().followUpTemplates() : from.letters().templates();
    }

    public Services services() {
        return services;
    }
}
