package org.dearmp.parliament;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.DamagedFiles;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported MP list that can no longer be parsed is set aside, kept, reported once, and the bundled list used. */
@DataTest
class DamagedImportedListTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void aDamagedImportedListIsSetAsideAndTheBundledOneUsed() throws IOException {
        Path file = Files.createDirectories(home.resolve("mp-lists")).resolve("dfe_mp_lookup_2099-01-01.csv");
        Files.writeString(file, "no,such\ncolumns,here\n");
        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        ParliamentRepository repository = new ParliamentRepository(new AppDataFolder(home), damaged);

        assertThat(repository.current().dataAsOf()).isEqualTo(repository.bundled().dataAsOf());
        Path aside = file.resolveSibling("dfe_mp_lookup_2099-01-01.csv.damaged-2026-12-02");
        assertThat(file).doesNotExist();
        assertThat(aside).hasContent("no,such\ncolumns,here\n");
        assertThat(damaged.takeUnreported()).containsExactly(aside);
        assertThat(repository.current().dataAsOf()).isEqualTo(repository.bundled().dataAsOf());
        assertThat(damaged.takeUnreported()).as("reported once").isEmpty();

        assertThat(repository.importedFile()).isEmpty();
        repository.removeImported();
        assertThat(aside).as("never deleted").exists();
        DamagedFiles nextStart = DamagedFiles.dated(CLOCK);
        new ParliamentRepository(new AppDataFolder(home), nextStart).current();
        assertThat(nextStart.takeUnreported()).isEmpty();
    }
}
