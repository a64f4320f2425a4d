package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way to read a file the user named: ordinary files only, and never past the limit. */
class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void anOrdinaryFileUnderTheLimitIsReadWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("small.txt"), "hello");

        assertThat(UserFiles.readAll(file, 5, "a note")).isEqualTo("hello".getBytes());
    }

    @Test
    void aFileThatGrowsAfterTheCheckIsStillNotReadPastTheLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("growing.txt"), "0123456789");
        try (InputStream in = UserFiles.open(file, 20, "a note")) {
            Files.writeString(file, "x".repeat(100), StandardOpenOption.APPEND);

            assertThatThrownBy(in::readAllBytes).isInstanceOf(RefusedFileException.class)
                    .hasMessage(file + " is larger than 1 KB, the most a note can be.");
        }
    }

    @Test
    void theLimitIsSaidAsPeopleSayIt() {
        assertThat(UserFiles.size(256 * 1024)).isEqualTo("256 KB");
        assertThat(UserFiles.size(16L * 1024 * 1024)).isEqualTo("16 MB");
        assertThat(UserFiles.size(2000L * 1024 * 1024)).isEqualTo("2,000 MB");
    }

    @Test
    void aMissingFileIsStillNoSuchFile() {
        assertThatThrownBy(() -> UserFiles.check(dir.resolve("none.txt"), 10, "a note"))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aDeviceAndAFolderAreRefusedWithoutOpeningThem() throws IOException {
        assertThatThrownBy(() -> UserFiles.check(Path.of("/dev/zero"), 10, "a note"))
                .isInstanceOf(RefusedFileException.class)
                .hasMessage("/dev/zero is not a file (it is a device, a pipe or another special file): "
                        + "give a note saved as an ordinary file.");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> UserFiles.check(folder, 10, "a note"))
                .hasMessage(folder + " is a folder, not a file: give a note itself.");
    }

    @Test
    void whyAFileWasRefusedIsItsOwnSentence() {
        assertThat(FileProblems.why(new RefusedFileException("X is not a file."))).isEqualTo("X is not a file.");
    }
}
