package org.dearmp.testsupport;

import org.dearmp.ui.wizard.WizardViewModel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dearmp.store.AppDataFolder;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.testsupport.FakeServices;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.dearmp.ui.task.Debouncer;

/** A wizard over the fake services, with everything running at once on the test thread. */
public final class WizardFixture {
    public final AppDataFolder folder;
    /** What the wizard works with; a test may swap it before {@link #create}. */
    public Services services;
    public final List<String> opened = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();
    public final List<Throwable> errors = new ArrayList<>();
    public Optional<Path> nextSaveAnswer = Optional.empty();
    /** The wizard's dialogs: every file dialog answers {@link #nextSaveAnswer}. */
    public final RecordingDialogService dialogs = new RecordingDialogService().answerFilesWith(r -> nextSaveAnswer);
    /** What the desktop answers when asked to open a mail link or a file. */
    public DesktopActions.Opened nextOpen = DesktopActions.Opened.OPENED;
    /** Where the wizard's background work runs: at once on the test thread unless a test sets another first. */
    public org.dearmp.ui.task.BackgroundExecutor executor = new CallingThreadExecutor();
    public final Clock clock = Clock.fixed(Instant.parse("2026-11-27T21:40:00Z"), ZoneOffset.UTC);

    public WizardFixture(Path home) {
        folder = new AppDataFolder(home);
        services = FakeServices.create(home);
    }

    /** For a write a test expects to succeed: its failure fails the test (on the thread that ran it). */
    public static void fail(Throwable error) {
        throw new AssertionError("the write failed", error);
    }

    public WizardViewModel create() {
        return create(Debouncer.immediate());
    }

    /** A wizard whose delayed saves go through {@code debouncer} (e.g. one that waits until flushed). */
    public WizardViewModel create(Debouncer debouncer) {
        return new WizardViewModel(services, new WizardViewModel.Environment(folder, new DraftStore(folder),
                new RecentLetters(folder), new SettingsStore(folder), debouncer, Runnable::run,
                executor, dialogs,
                new DesktopActions() {
                    @Override
                    public Opened mail(String uri) {
                        opened.add(uri);
                        return nextOpen;
                    }

                    @Override
                    public Opened openFile(Path file) {
                        opened.add(file.toUri().toString());
                        return nextOpen;
                    }

                    @Override
                    public void openFolder(Path dir) {
                        opened.add(dir.toString());
                    }

                    @Override
                    public void copyToClipboard(String text) {
                        clipboard.add(text);
                    }
                }, clock, errors::add));
    }
}
