package org.dearmp.userdata;

import org.dearmp.history.LetterSent;
import org.dearmp.history.Reply;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The letters the writer finished, and those they kept to finish later, newest first, one JSON file each
 * in {@code letters/}: the letter history. A letter that went keeps what it was ({@link LetterSent}) and,
 * once the writer records it, the MP's reply, whose file (if they keep one) is in {@code replies/}.
 */
public final class RecentLetters {
    private final Path dir;
    private final Path repliesDir;
    private final DamagedFiles damaged;

    /** A store that leaves a damaged file where it is: for looking at what the app saved (tests). */
    public RecentLetters(AppDataFolder folder) {
        this(folder, DamagedFiles.leftInPlace());
    }

    /** @param damaged where a file that cannot be parsed is set aside and reported */
    public RecentLetters(AppDataFolder folder, DamagedFiles damaged) {
        this.dir = folder.root().resolve("letters");
        this.repliesDir = folder.root().resolve("replies");
        this.damaged = damaged;
    }

    /** Keeps a finished letter, dated when its draft was last saved; saving the same id again replaces it. */
    public SavedLetter save(String existingId, String mpName, String constituencyName, String templateTitle,
                            LetterDraft draft) throws IOException {
        return write(existingId, mpName, constituencyName, templateTitle, draft, false, null);
    }

    /**
     * Keeps a letter that went, with what the history shows of it; saving the same id again replaces it but
     * keeps the reply recorded for it.
     */
    public SavedLetter saveSent(String existingId, String mpName, String constituencyName, String templateTitle,
                                LetterDraft draft, LetterSent sent) throws IOException {
        return write(existingId, mpName, constituencyName, templateTitle, draft, false, sent);
    }

    /**
     * Keeps a letter the writer has not finished, so they can reopen it and carry on; saving the same id
     * again replaces it, and finishing it later (with {@link #save}) turns it into a finished letter.
     */
    public SavedLetter keepUnfinished(String existingId, String mpName, String constituencyName,
                                      String templateTitle, LetterDraft draft) throws IOException {
        return write(existingId, mpName, constituencyName, templateTitle, draft, true, null);
    }

    private SavedLetter write(String existingId, String mpName, String constituencyName, String templateTitle,
                              LetterDraft draft, boolean unfinished, LetterSent sent) throws IOException {
        String id = existingId != null ? existingId : UUID.randomUUID().toString();
        Optional<SavedLetter> before = existingId == null ? Optional.empty() : get(existingId);
        LetterSent keptSent = sent != null || unfinished ? sent : before.map(SavedLetter::sent).orElse(null);
        SavedLetter letter = new SavedLetter(id, draft.savedAt(), mpName, constituencyName, templateTitle, draft,
                unfinished, keptSent, before.map(SavedLetter::reply).orElse(null));
        Json.write(dir.resolve(id + ".json"), letter);
        return letter;
    }

    /** The letter with exactly this id, if it is kept and can be read. */
    public Optional<SavedLetter> get(String id) {
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            return Optional.empty();
        }
        Path file = dir.resolve(id + ".json");
        return Files.isRegularFile(file) ? Json.read(file, SavedLetter.class, damaged).map(l -> dated(l, file))
                : Optional.empty();
    }

    /** The letters that went (the history), newest first. */
    public List<SavedLetter> sent() {
        return list().stream().filter(letter -> letter.sent() != null).toList();
    }

    /** True when a follow-up to the letter {@code id} has been sent. */
    public boolean followedUp(String id, List<SavedLetter> all) {
        return all.stream().anyMatch(l -> l.sent() != null && id.equals(l.sent().followUpOf()));
    }

    /** Records the reply to a kept letter, replacing any recorded before, and returns the letter as kept. */
    public SavedLetter recordReply(SavedLetter letter, Reply reply) throws IOException {
        SavedLetter replied = letter.withReply(reply);
        Json.write(dir.resolve(letter.id() + ".json"), replied);
        return replied;
    }

    /** Where the data folder keeps the reply's own file called {@code name}. */
    public Path replyFile(String name) {
        return repliesDir.resolve(name);
    }

    /** The folder the replies' files are kept in (made when the first is kept). */
    public Path repliesFolder() {
        return repliesDir;
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
        Optional<SavedLetter> letter = get(id);
        Files.deleteIfExists(dir.resolve(id + ".json"));
        String attachment = letter.map(SavedLetter::reply).map(Reply::attachment).orElse(null);
        if (attachment != null) {
            Files.deleteIfExists(repliesDir.resolve(attachment));
        }
    }
}
