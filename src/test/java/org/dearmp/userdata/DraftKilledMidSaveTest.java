package org.dearmp.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.testsupport.KilledChild;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process saving the draft over and over, killed with SIGKILL: the draft it leaves parses and is the
 * last version it finished or the one it was writing, and the next start leaves no temporary file behind.
 */
class DraftKilledMidSaveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @ParameterizedTest(name = "killed after {0} saves")
    @ValueSource(ints = {1, 6, 30})
    void theDraftIsWholeAndNoTemporaryFileOutlivesTheNextStart(int saves) throws Exception {
        Path home = temp.resolve("home");
        List<String> printed;
        try (KilledChild child = KilledChild.start(temp, List.of(), DraftSavingChild.class.getName(), home.toString())) {
            child.awaitMarkers(DraftSavingChild.MARKER, saves);
            // Then, when it can be caught, in the middle of a write: while its temporary file is there.
            for (int look = 0; look < 20_000 && !temporaryFileIn(home.resolve("drafts")); look++) {
                Thread.onSpinWait();
            }
            printed = child.killAndCollect();
        }
        // Finished and said so; the next one may have been written too, its line not yet printed.
        int last = KilledChild.lastNumber(printed, DraftSavingChild.MARKER);
        assertThat(last).isGreaterThanOrEqualTo(saves);

        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        LetterDraft left = new DraftStore(new AppDataFolder(home), damaged).load().orElseThrow();
        assertThat(damaged.takeUnreported()).as("the file parses").isEmpty();
        assertThat(left).isIn(DraftSavingChild.version(last), DraftSavingChild.version(last + 1));

        AppContext.forFolder(new AppDataFolder(home), CLOCK).cleanUpAfterAKilledRun();
        assertThat(filesIn(home.resolve("drafts"))).containsExactly("current.json");
        assertThat(new DraftStore(new AppDataFolder(home)).load()).contains(left);
    }

    private static boolean temporaryFileIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
