package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The letters the writer finished, and those they kept to finish later, newest first, one JSON file each
 * in {@code letters/}.
 */
public final class RecentLetters {
    private final Path dir;
    private final DamagedFiles damaged;

    /** A store that leaves a damaged file where it is: for looking at what the app saved (tests). */
    public RecentLetters(AppDataFolder folder) {
        this(folder, DamagedFiles.leftInPlace());
    }

    /** @param damaged where a file that cannot be parsed is set aside and reported */
    public RecentLetters(AppDataFolder folder, DamagedFiles damaged) {
        this.dir = folder.root().resolve("letters");
        this.damaged = damaged;
    }

    /** Keeps a finished letter, dated when its draft was last saved; saving the same id again replaces it. */
    public SavedLetter save(String existingId, String mpName, String constituencyName, String templateTitle,
                            LetterDraft draft) throws IOException {
        return write(existingId, mpName, constituencyName, templateTitle, draft, false);
    }

    /**
     * Keeps a letter the writer has not finished, so they can reopen it and carry on; saving the same id
     * again replaces it, and finishing it later (with {@link #save}) turns it into a finished letter.
     */
    public SavedLetter keepUnfinished(String existingId, String mpName, String constituencyName,
                                      String templateTitle, LetterDraft draft) throws IOException {
        return write(existingId, mpName, constituencyName, templateTitle, draft, true);
    }

    private SavedLetter write(String existingId, String mpName, String constituencyName, String templateTitle,
                              LetterDraft draft, boolean unfinished) throws IOException {
        String id = existingId != null ? existingId : UUID.randomUUID().toString();
        SavedLetter letter = new SavedLetter(id, draft.savedAt(), mpName, constituencyName, templateTitle, draft,
                unfinished);
        Json.write(dir.resolve(id + ".json"), letter);
        return letter;
    }

    public List<SavedLetter> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .flatMap(p -> Json.read(p, SavedLetter.class, damaged).stream().map(l -> dated(l, p)))
                    .sorted(Comparator.comparing(SavedLetter::savedAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A letter whose file does not say when it was saved is dated by the file's own time. */
    private static SavedLetter dated(SavedLetter letter, Path file) {
        if (letter.savedAt() == null) {
            return letter.withSavedAt(DraftStore.lastModified(file));
        }
        return letter.draft().savedAt() == null ? letter.withSavedAt(letter.savedAt()) : letter;
    }

    public void delete(String id) throws IOException {
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Not a letter id: " + id);
        }
        Files.deleteIfExists(dir.resolve(id + ".json"));
    }
}
