package org.dearmp.ui.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dearmp.core.DearMpException;
import org.dearmp.core.UkDates;
import org.dearmp.i18n.Messages;
import org.dearmp.history.LetterSent;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.Settings;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.Debouncer;
import org.dearmp.ui.task.InOrder;
import org.dearmp.ui.task.Work;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the wizard writes down as the user goes: the draft and the sender a moment after each change,
 * the text size, and a finished letter kept in Recent letters with the folder it went to. Saves wait in
 * the debouncer so typing is not slowed by the disk. What the user decides (a letter sent, kept, its draft
 * dropped, everything erased) is decided on the FX thread and written {@link InOrder in order} on the background
 * executor, so the FX thread never waits on a file and no write overtakes the one before it.
 *
 * <p>A debounced save still waiting when the draft is dropped (or everything is erased) must not bring it back:
 * each save notes how many drops (and erasures) there had been when it was queued, and skips the draft (or
 * everything) if there has been one since. Every write holds one lock, so a save under way finishes before the
 * drop or the erase that follows it.
 */
final class WizardSaves {
    private static final Logger LOG = LoggerFactory.getLogger(WizardSaves.class);
    // Each kind of delayed save has its own slot: a text-size change must never replace a waiting draft save.
    private static final String DRAFT_SAVE = "draft";
    private static final String SETTINGS_SAVE = "settings";

    private final DraftStore drafts;
    private final SettingsStore settingsStore;
    private final Debouncer debouncer;
    private final Executor uiThread;
    private final Clock clock;
    private final DraftKeeper keeper;
    private final InOrder inOrder;
    /** Told (on the FX thread) when a letter that went could not be kept in Recent letters. */
    private final Consumer<Throwable> onError;
    private final ReadOnlyStringWrapper draftStatus = new ReadOnlyStringWrapper("");
    /** Held by every write of this class, on whichever thread it runs. */
    private final Object writing = new Object();
    // Counted up on the FX thread when the draft on disk is to go, or the whole data folder.
    private volatile int drops;
    private volatile int erasures;
    /** The count of drops when the draft file was last written; -1 for a file from before (under the lock). */
    private int draftFileDrops = -1;
    // Read by the debouncer's thread when a save runs, so the latest sender and text size both go in.
    private volatile Settings settings;

    WizardSaves(DraftStore drafts, SettingsStore settingsStore, Debouncer debouncer, Executor uiThread, Clock clock,
                DraftKeeper keeper, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.drafts = drafts;
        this.settingsStore = settingsStore;
        this.debouncer = debouncer;
        this.uiThread = uiThread;
        this.clock = clock;
        this.keeper = keeper;
        this.inOrder = new InOrder(executor);
        this.onError = onError;
        this.settings = settingsStore.load();
    }

    /** The settings as last saved or changed: the sender to start with, the folder letters went to. */
    Settings settings() {
        return settings;
    }

    /** Something was typed: the draft (and the sender in the settings) are saved once typing pauses. */
    void changed(LetterDraft draft) {
        settings = settings.withSender(draft.sender());
        int dropsThen = drops;
        int erasuresThen = erasures;
        debouncer.submit(DRAFT_SAVE, () -> {
            try {
                boolean saved;
                synchronized (writing) {
                    if (erasuresThen != erasures) {
                        return;
                    }
                    // Dropped since this was typed (sent, kept or discarded): the draft stays gone.
                    saved = dropsThen == drops;
                    if (saved) {
                        drafts.save(draft);
                        draftFileDrops = dropsThen;
                    }
                    settingsStore.save(settings);
                }
                if (saved) {
                    String at = UkDates.time(LocalDateTime.ofInstant(draft.savedAt(), clock.getZone()).toLocalTime());
                    uiThread.execute(() -> draftStatus.set(Messages.get("ui.draft.saved", at)));
                }
            } catch (IOException e) {
                LOG.warn("Could not save the draft: {}", e.getMessage());
                uiThread.execute(() -> draftStatus.set(Messages.get("ui.draft.notSaved")));
            }
        });
    }

    /**
     * The letter was sent, saved or printed: it goes into Recent letters as finished, the folder is
     * remembered for next time, and the draft (its crash copy) is dropped, in that order, so a letter killed
     * between the two is still there. If it cannot be kept, the user is told, and the letter stays on screen, not
     * kept, with its draft.
     *
     * @param how how it went, for the log only
     */
    void finished(LetterDraft draft, String mpName, Path folder, Object how, LetterSent sent) {
        DraftKeeper.State before = keeper.state();
        DraftKeeper.Write keep;
        // With history off nothing of the letter is kept: not in Recent letters, not as a draft.
        if (!settings.historyOff()) {
            keep = keeper.keepSent(mpName, draft, sent);
        } else {
            keeper.forget();
            keep = () -> { };
        }
        DraftKeeper.State after = keeper.state();
        settings = settings.withExportFolder(folder == null ? null : folder.toString());
        int drop = ++drops;
        AtomicBoolean kept = new AtomicBoolean();
        inOrder.submit(progress -> {
            debouncer.flush();
            synchronized (writing) {
                keep.run();
                kept.set(true);
                settingsStore.save(settings);
                dropDraftFile(drop);
            }
            return null;
        }, done -> { }, error -> {
            LOG.warn("Could not keep the finished letter ({}): {}", how, error.getMessage());
            keeper.putBack(after, before);
            // Only the letter itself matters to the user; a folder or a draft left behind is harmless.
            if (!kept.get()) {
                onError.accept(new DearMpException(Messages.get("ui.send.notKept", Status.userMessage(error)),
                        error));
            }
        });
    }

    /**
     * Keeps the letter on screen in Recent letters as unfinished: decided now, written in order; then {@code kept},
     * or {@code notKept} with the letter on screen still not kept.
     */
    void keepUnfinished(String mpName, LetterDraft draft, Runnable kept, Consumer<Throwable> notKept) {
        DraftKeeper.State before = keeper.state();
        DraftKeeper.Write keep = keeper.keep(false, mpName, draft);
        DraftKeeper.State after = keeper.state();
        inOrder.submit(progress -> {
            synchronized (writing) {
                keep.run();
            }
            return null;
        }, done -> kept.run(), error -> {
            keeper.putBack(after, before);
            notKept.accept(error);
        });
    }

    /** Keeps the draft from last time in Recent letters, then drops it; if it cannot be kept, it stays. */
    void keepAside(LetterDraft draft, Consumer<Throwable> notKept) {
        DraftKeeper.Write keep = keeper.keepAside(draft);
        int drop = ++drops;
        inOrder.submit(progress -> {
            synchronized (writing) {
                keep.run();
                dropDraftFile(drop);
            }
            return null;
        }, done -> { }, notKept);
    }

    /** Drops the saved draft (the crash copy of the letter on screen); the letter itself may be kept elsewhere. */
    void discardDraft() {
        int drop = ++drops;
        inOrder.submit(progress -> {
            synchronized (writing) {
                dropDraftFile(drop);
            }
            return null;
        }, done -> { }, error -> LOG.warn("Could not remove the draft: {}", error.getMessage()));
    }

    /** Under the lock: removes the draft file unless a save typed after drop {@code drop} wrote it. */
    private void dropDraftFile(int drop) throws IOException {
        if (draftFileDrops < drop) {
            drafts.discard();
        }
    }

    /**
     * "Erase all my data": from now nothing remembered, nothing said about a draft, and no save queued before
     * it writes anything; {@code erase} runs in order after the writes before it, then {@code done} or
     * {@code failed}.
     */
    void eraseAll(Work<?> erase, Runnable done, Consumer<Throwable> failed) {
        settings = Settings.defaults();
        draftStatus.set("");
        erasures++;
        drops++;
        inOrder.submit(progress -> {
            debouncer.flush();
            synchronized (writing) {
                erase.run(progress);
            }
            return null;
        }, ok -> done.run(), failed);
    }

    /** True while a write decided by the user (a keep, a drop, an erase) is still under way. */
    ReadOnlyBooleanProperty writingProperty() {
        return inOrder.busyProperty();
    }

    void setHistoryOff(boolean off) {
        settings = settings.withHistoryOff(off);
        int erasuresThen = erasures;
        debouncer.submit(SETTINGS_SAVE, () -> {
            try {
                saveSettingsQueuedAt(erasuresThen);
            } catch (IOException e) {
                LOG.warn("Could not save the settings: {}", e.getMessage());
            }
        });
    }

    double fontScale() {
        return settings.fontScale();
    }

    void setFontScale(double scale) {
        settings = settings.withFontScale(scale);
        saveSettingsSoon();
    }

    /** The interface language saved for the next start ({@code cy}, {@code en}); null to follow the system. */
    String language() {
        return settings.language();
    }

    void setLanguage(String code) {
        settings = settings.withLanguage(code);
        saveSettingsSoon();
    }

    private void saveSettingsSoon() {
        // Saves the settings as they are when it runs, so the sender typed meanwhile is not lost either.
        int erasuresThen = erasures;
        debouncer.submit(SETTINGS_SAVE, () -> {
            try {
                saveSettingsQueuedAt(erasuresThen);
            } catch (IOException e) {
                LOG.warn("Could not save the settings: {}", e.getMessage());
            }
        });
    }

    /** Saves the settings, unless everything was erased since the save was queued. */
    private void saveSettingsQueuedAt(int erasuresThen) throws IOException {
        synchronized (writing) {
            if (erasuresThen == erasures) {
                settingsStore.save(settings);
            }
        }
    }

    /**
     * The window is closing: the writes decided are done first (a finished letter, a dropped draft), then whatever
     * waits in the debouncer, here and now, so nothing is lost when the app's threads stop.
     */
    void close() {
        inOrder.finishNow();
        debouncer.flush();
    }

    /** "Draft saved at 21:40". */
    ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus.getReadOnlyProperty();
    }
}
