package org.dearmp.ui.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dearmp.core.UkDates;
import org.dearmp.i18n.Messages;
import org.dearmp.history.LetterSent;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.Settings;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the wizard writes down as the user goes: the draft and the sender a moment after each change,
 * the text size, and a finished letter kept in Recent letters with the folder it went to. Saves wait in
 * the debouncer so typing is not slowed by the disk; {@link #flush()} writes whatever waits.
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
    private final ReadOnlyStringWrapper draftStatus = new ReadOnlyStringWrapper("");
    // Read by the debouncer's thread when a save runs, so the latest sender and text size both go in.
    private volatile Settings settings;

    WizardSaves(DraftStore drafts, SettingsStore settingsStore, Debouncer debouncer, Executor uiThread, Clock clock,
                DraftKeeper keeper) {
        this.drafts = drafts;
        this.settingsStore = settingsStore;
        this.debouncer = debouncer;
        this.uiThread = uiThread;
        this.clock = clock;
        this.keeper = keeper;
        this.settings = settingsStore.load();
    }

    /** The settings as last saved or changed: the sender to start with, the folder letters went to. */
    Settings settings() {
        return settings;
    }

    /** Something was typed: the draft (and the sender in the settings) are saved once typing pauses. */
    void changed(LetterDraft draft) {
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

    /**
     * The letter was sent, saved or printed: it goes into Recent letters as finished, the folder is
     * remembered for next time, and the draft (its crash copy) is dropped.
     *
     * @param how how it went, for the log only
     */
    void finished(LetterDraft draft, String mpName, Path folder, Object how, LetterSent sent) {
        debouncer.flush();
        try {
            // With history off nothing of the letter is kept: not in Recent letters, not as a draft.
            if (!settings.historyOff()) {
                keeper.keepSent(mpName, draft, sent);
            } else {
                keeper.forget();
            }
            settings = settings.withExportFolder(folder == null ? null : folder.toString());
            settingsStore.save(settings);
            drafts.discard();
        } catch (IOException e) {
            LOG.warn("Could not keep the finished letter ({}): {}", how, e.getMessage());
        }
    }

    void setHistoryOff(boolean off) {
        settings = settings.withHistoryOff(off);
        debouncer.submit(SETTINGS_SAVE, () -> {
            try {
                settingsStore.save(settings);
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
        debouncer.submit(SETTINGS_SAVE, () -> {
            try {
                settingsStore.save(settings);
            } catch (IOException e) {
                LOG.warn("Could not save the settings: {}", e.getMessage());
            }
        });
    }

    /** Whatever is waiting to be saved is saved now. */
    void flush() {
        debouncer.flush();
    }

    /** The user's data was erased: nothing remembered, nothing said about a draft. */
    void forgetAll() {
        settings = Settings.defaults();
        draftStatus.set("");
    }

    /** "Draft saved at 21:40". */
    ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus.getReadOnlyProperty();
    }
}
