package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The letter being written, saved as the writer types. It stays until the letter is finished or
 * discarded, so after a crash, a kill or a close without saving it is offered back at the next start.
 */
public final class DraftStore {
    private final Path file;
    private final DamagedFiles damaged;

    /** A store that leaves a damaged file where it is: for looking at what the app saved (tests). */
    public DraftStore(AppDataFolder folder) {
        this(folder, DamagedFiles.leftInPlace());
    }

    /** @param damaged where a file that cannot be parsed is set aside and reported */
    public DraftStore(AppDataFolder folder, DamagedFiles damaged) {
        this.file = folder.root().resolve("drafts").resolve("current.json");
        this.damaged = damaged;
    }

    public void save(LetterDraft draft) throws IOException {
        Json.write(file, draft);
    }

    /** The unfinished letter, if there is one worth offering back. */
    public Optional<LetterDraft> load() {
        return Json.read(file, LetterDraft.class, damaged).filter(d -> !d.isEmpty())
                .map(d -> d.savedAt() != null ? d : d.withSavedAt(lastModified(file)));
    }

    /** When a file was last written: the date of a letter whose file does not say. */
    static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard() throws IOException {
        Files.deleteIfExists(file);
    }
}
