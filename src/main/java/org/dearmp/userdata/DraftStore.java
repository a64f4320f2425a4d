package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;
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

    public DraftStore(AppDataFolder folder) {
        this.file = folder.root().resolve("drafts").resolve("current.json");
    }

    public void save(LetterDraft draft) throws IOException {
        Json.write(file, draft);
    }

    /** The unfinished letter, if there is one worth offering back. */
    public Optional<LetterDraft> load() {
        return Json.read(file, LetterDraft.class).filter(d -> !d.isEmpty())
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
