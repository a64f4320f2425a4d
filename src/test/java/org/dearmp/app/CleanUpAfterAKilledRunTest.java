package org.dearmp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.DataFolderInUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start, the temporary files of writes a killed run left are removed, and nothing else is. */
class CleanUpAfterAKilledRunTest {
    @TempDir
    Path home;

    /** The name AtomicFiles really gives the temporary file of a write of {@code target}, seen mid-write. */
    private static String temporaryNameOf(Path target) throws IOException {
        List<String> seen = new ArrayList<>();
        AtomicFiles.write(target, out -> {
            try (Stream<Path> files = Files.list(target.getParent())) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + target.getFileName()))
                        .forEach(seen::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.write('x');
        });
        assertThat(seen).hasSize(1);
        return seen.get(0);
    }

    private List<String> everyFile() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).map(p -> home.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void onlyTheAppsOwnTemporaryFilesAreRemoved() throws IOException {
        Path drafts = Files.createDirectories(home.resolve("drafts"));
        Path letters = Files.createDirectories(home.resolve("letters"));
        Path deeper = Files.createDirectories(home.resolve("templates/notes"));
        // Left by writes that were killed before their move: in the folder and in each sub-folder.
        Files.writeString(drafts.resolve(temporaryNameOf(drafts.resolve("current.json"))), "{\"half");
        Files.writeString(home.resolve(temporaryNameOf(home.resolve("settings.json"))), "{");
        Files.writeString(letters.resolve(temporaryNameOf(letters.resolve("abc.json"))), "");
        // Not ours, or not named as ours: kept.
        for (String keep : List.of("drafts/notes.part", "drafts/.hidden.part", "drafts/.current.json.ABC.part",
                "drafts/.current.json.abc.part.txt", "settings.json.damaged-2026-12-02", "templates/notes/.x.json.ab1.part")) {
            Files.writeString(home.resolve(keep), "keep");
        }
        List<String> before = everyFile();

        AppContext.forFolder(new AppDataFolder(home), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).cleanUpAfterAKilledRun();

        assertThat(everyFile()).containsExactly(DataFolderInUse.FILE_NAME, "drafts/.current.json.ABC.part", "drafts/.current.json.abc.part.txt",
                "drafts/.hidden.part", "drafts/current.json", "drafts/notes.part", "letters/abc.json", "settings.json",
                "settings.json.damaged-2026-12-02", "templates/notes/.x.json.ab1.part");
        assertThat(before).as("three leftovers gone, the lock of this run added").hasSize(everyFile().size() - 1 + 3);
    }

    @Test
    void aMissingDataFolderIsLeftMissing() {
        AppContext.forFolder(new AppDataFolder(home.resolve("none")), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .cleanUpAfterAKilledRun();
        assertThat(home.resolve("none")).doesNotExist();
    }
}
