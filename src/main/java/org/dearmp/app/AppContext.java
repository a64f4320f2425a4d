package org.dearmp.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.dearmp.batch.map.HexMap;
import org.dearmp.batch.run.BatchService;
import org.dearmp.core.Lazy;
import org.dearmp.export.pdf.LetterPdfExporter;
import org.dearmp.letter.TypicalLetter;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.postcode.NiSectorTable;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.DataFolderInUse;
import org.dearmp.store.DamagedFiles;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.template.user.UserTemplateStore;
import org.slf4j.LoggerFactory;

/**
 * The one place the app's domain is put together, for the desktop app and the command line alike: the
 * user's data folder, the clock, the MP list in use, the postcode lookup, the templates and their checker,
 * the exporters, the batch service and the hex map. Everything heavy is made on first use, so
 * {@code dear-mp lookup} never reads a template and {@code dear-mp templates} never loads the postcode index.
 *
 * <p>{@link #real()} is for the launcher only; tests build one with {@link #forFolder} on a folder of their own,
 * so nothing they run reads or writes the user's real data.
 */
public final class AppContext {
    private final AppDataFolder folder;
    private final Clock clock;
    /** The one collector every store of this root sets damaged files aside through. */
    private final DamagedFiles damagedFiles;
    private final ParliamentRepository parliaments;
    private final Lazy<PostcodeIndex> postcodes = Lazy.of(PostcodeIndex::loadBundled);
    private final Lazy<NiSectorTable> northernIreland = Lazy.of(NiSectorTable::loadBundled);
    private final Lazy<TemplateChecker> checker =
            Lazy.of(() -> TypicalLetter.fullChecker(LetterPdfExporter.measure()));
    private final Lazy<TemplateCatalog> templates = Lazy.of(this::makeTemplates);
    private final Lazy<LetterPdfExporter> pdf = Lazy.of(() -> new LetterPdfExporter(clock()));
    private final Lazy<HexMap> hexMap = Lazy.of(HexMap::bundled);
    /** Made for one MP list; made again when the list in use changes (after an import). */
    private LookupService lookup;
    /** Held while this root runs, once it has cleared the data folder; null before. */
    private DataFolderInUse inUse;
    private BatchService batch;

    private AppContext(AppDataFolder folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.damagedFiles = DamagedFiles.dated(clock);
        this.parliaments = new ParliamentRepository(folder, damagedFiles);
    }

    /** The user's own data folder on this computer and the system clock: for the launcher only. */
    public static AppContext real() {
        return forFolder(AppDataFolder.resolveDefault(), Clock.systemDefaultZone());
    }

    public static AppContext forFolder(AppDataFolder folder, Clock clock) {
        return new AppContext(folder, clock);
    }

    public AppDataFolder folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The files of the data folder that could not be read and were set aside: the desktop app and the
     * command line each say once what is there, the stores they make report to it.
     */
    public DamagedFiles damagedFiles() {
        return damagedFiles;
    }

    /** The bundled MP list and the ones imported into the data folder. */
    public ParliamentRepository parliaments() {
        return parliaments;
    }

    /** The MP list in use: an imported one when it is at least as new as the bundled one. */
    public Parliament parliament() {
        return parliaments.current();
    }

    /** The bundled postcode index (read on first use). */
    public PostcodeIndex postcodeIndex() {
        return postcodes.get();
    }

    /** Postcode to constituency and MP, over the MP list in use. */
    public synchronized LookupService lookup() {
        Parliament current = parliament();
        if (lookup == null || lookup.parliament() != current) {
            lookup = new LookupService(postcodes.get(), northernIreland, current);
        }
        return lookup;
    }

    /** The one template checker: the editor, {@code template check}, the catalogue and the batch all use it. */
    public TemplateChecker templateChecker() {
        return checker.get();
    }

    /** The bundled templates and the user's own, checked by {@link #templateChecker()}. */
    public TemplateCatalog templates() {
        return templates.get();
    }

    /** The letters the writer made and kept, with their replies: the letter history. */
    public org.dearmp.userdata.LetterHistory letterHistory() {
        return new org.dearmp.userdata.LetterHistory(recentLetters(), clock);
    }

    public org.dearmp.userdata.RecentLetters recentLetters() {
        return new org.dearmp.userdata.RecentLetters(folder, damagedFiles);
    }

    /** What the app remembers between runs; the command line reads it for the writer's choice of no history. */
    public org.dearmp.userdata.SettingsStore settings() {
        return new org.dearmp.userdata.SettingsStore(folder, damagedFiles);
    }

    public LetterPdfExporter pdfExporter() {
        return pdf.get();
    }

    public HexMap hexMap() {
        return hexMap.get();
    }

    /** Batch letters with the lookup, MP list and templates above. */
    public synchronized BatchService batch() {
        LookupService currentLookup = lookup();
        if (batch == null || batch.parliament() != currentLookup.parliament()) {
            batch = new BatchService(currentLookup::lookup, currentLookup.parliament(), templates(), hexMap(), clock);
        }
        return batch;
    }

    /**
     * Starts reading what the desktop app's first screen waits for (the MP list, the postcode index, the
     * checked templates) on a background thread, so that it overlaps the window toolkit's own start. The
     * app's loader then finds them read, or waits for the reading under way; a failure here is left for
     * the loader, which meets it again and says so.
     *
     * @return the thread, for tests
     */
    public Thread warmUpInBackground() {
        Thread reader = new Thread(() -> {
            try {
                lookup();
                templates();
            } catch (RuntimeException e) {
                // The loader reads them again (Lazy retries) and shows the user what went wrong.
            }
        }, "dear-mp-warm-up");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /**
     * What a process killed mid-write left in the data folder, cleared before anything reads it: the
     * temporary files of {@link AtomicFiles} writes in the folder and its sub-folders (only those: every
     * other file stays, a set-aside damaged one included), and a template pack import that was under way
     * (finished or undone, so the user has all of the pack or none). A failure here is logged, never fatal:
     * the leftovers are only clutter, and the next start tries again. From then on this root holds the folder
     * open ({@link DataFolderInUse}), so another start while it runs clears nothing of what it is writing.
     */
    public synchronized void cleanUpAfterAKilledRun() {
        if (inUse != null) {
            return;
        }
        Path root = folder.root();
        try {
            // Only when no other Dear MP has the folder open: its writes under way are not leftovers.
            inUse = DataFolderInUse.cleanUpThenHold(root, () -> {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
                    AtomicFiles.removeLeftoverTemporaries(root);
                    for (Path child : children) {
                        AtomicFiles.removeLeftoverTemporaries(child);
                    }
                }
                UserTemplateStore.finishInterruptedImport(root.resolve(UserTemplateStore.FOLDER));
            });
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Could not clear what a stopped run left: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** Whether the postcode index has been read (a command that needs no lookup must not pay for it). */
    public boolean postcodesLoaded() {
        return postcodes.isMade();
    }

    /** Whether the templates have been read (a lookup must not pay for them). */
    public boolean templatesLoaded() {
        return templates.isMade();
    }

    private TemplateCatalog makeTemplates() {
        TemplateChecker shared = templateChecker();
        TemplateLibrary bundled = TemplateLibrary.bundled(shared);
        return new TemplateCatalog(bundled, UserTemplateStore.in(folder, shared, bundled, damagedFiles));
    }
}
