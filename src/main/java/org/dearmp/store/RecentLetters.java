package org.dearmp.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The letters the writer finished, newest first, one JSON file each in {@code letters/}. */
public final class RecentLetters {
    private final Path dir;

    public RecentLetters(AppDataFolder folder) {
        this.dir = folder.root().resolve("letters");
    }

    /** Keeps a finished letter, dated when its draft was last saved; saving the same id again replaces it. */
    public SavedLetter save(String existingId, String mpName, String constituencyName, String templateTitle,
                            LetterDraft draft) throws IOException {
        String id = existingId != null ? existingId : UUID.randomUUID().toString();
        SavedLetter letter = new SavedLetter(id, draft.savedAt(), mpName, constituencyName, templateTitle, draft);
        Json.write(dir.resolve(id + ".json"), letter);
        return letter;
    }

    public List<SavedLetter> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> Json.read(p, SavedLetter.class))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(SavedLetter::savedAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) throws IOException {
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Not a letter id: " + id);
        }
        Files.deleteIfExists(dir.resolve(id + ".json"));
    }
}
