package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesOldOneLeavingNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("sub/letter.txt");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second ŵ");

        assertThat(Files.readString(target)).isEqualTo("second ŵ");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void failedWriteKeepsTheOldContentWhole() throws IOException {
        Path target = dir.resolve("draft.json");
        AtomicFiles.writeString(target, "{\"kept\":true}");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("{\"half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("{\"kept\":true}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
