package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dearmp.testsupport.KilledChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start clears a killed run's leftovers only while no other Dear MP, in another process, has the folder open. */
class DataFolderInUseTest {
    @TempDir
    Path temp;

    @Test
    void whileAnotherRunHasTheFolderNothingOfItsIsCleared() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        AtomicInteger cleanups = new AtomicInteger();
        try (KilledChild other = KilledChild.start(temp, List.of(), FolderHoldingChild.class.getName(),
                home.toString())) {
            other.awaitMarkers(FolderHoldingChild.MARKER, 1);
            try (DataFolderInUse beside = DataFolderInUse.cleanUpThenHold(home, cleanups::incrementAndGet)) {
                assertThat(beside.cleaned()).isFalse();
            }
            assertThat(cleanups).hasValue(0);
            other.killAndCollect();
        }
        try (DataFolderInUse after = DataFolderInUse.cleanUpThenHold(home, cleanups::incrementAndGet)) {
            assertThat(after.cleaned()).as("a killed run holds nothing").isTrue();
        }
        assertThat(cleanups).hasValue(1);
    }

    @Test
    void aFolderNoOneHasIsClearedAndAMissingOneLeftMissing() throws IOException {
        AtomicInteger cleanups = new AtomicInteger();
        try (DataFolderInUse alone = DataFolderInUse.cleanUpThenHold(temp, cleanups::incrementAndGet)) {
            assertThat(alone.cleaned()).isTrue();
        }
        try (DataFolderInUse none = DataFolderInUse.cleanUpThenHold(temp.resolve("none"), cleanups::incrementAndGet)) {
            assertThat(none.cleaned()).isFalse();
        }
        assertThat(cleanups).hasValue(1);
        assertThat(temp.resolve("none")).doesNotExist();
    }
}
