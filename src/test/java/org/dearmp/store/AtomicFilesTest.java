package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.dearmp.core.DearMpException;
import org.junit.jupiter.api.Assumptions;
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
        })).hasMessageContaining("disk full");

        assertThat(Files.readString(target)).isEqualTo("{\"kept\":true}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSymbolicLinkIsRefusedAndLeftAsItWas() throws IOException {
        Path real = Files.writeString(dir.resolve("real.pdf"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real);

        assertThatThrownBy(() -> AtomicFiles.writeString(link, "new"))
                .isInstanceOf(DearMpException.class)
                .hasMessage(link + " is a link to another file; choose the file itself or another name.");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("mine");
        assertOnly(real, link);
    }

    @Test
    void aFifoIsRefusedAsASpecialFileAndLeftAsItWas() throws Exception {
        Path fifo = dir.resolve("pipe.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

        assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "new"))
                .isInstanceOf(DearMpException.class)
                .hasMessage(fifo + " is not an ordinary file (it is a device or special file), so Dear MP will"
                        + " not write over it. Choose another name.");

        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        assertOnly(fifo);
    }

    @Test
    void aFolderIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("letters.pdf"));

        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "new"))
                .isInstanceOf(DearMpException.class).hasMessageContaining(folder + " is a folder");
        assertThat(folder).isDirectory();
    }

    @Test
    void aFailureNamesTheChosenFileAndItsFolderNeverTheTemporaryFile() {
        Path target = dir.resolve("x.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new AccessDeniedException(dir.resolve(".x.pdf.3am5atv7kiozr.part").toString());
        })).isInstanceOf(IOException.class)
                .hasMessage("Could not save x.pdf in " + dir + ": permission denied");
    }

    @Test
    void aFolderThatIsThereButTakesNoNewFilesIsNotCalledMissing() {
        // /proc answers "no such file" for a new file in it, though /proc is there.
        Path target = Path.of("/proc/dear-mp-test-letter.pdf");
        Assumptions.assumeTrue(Files.isDirectory(target.getParent()) && !Files.exists(target));
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "new"))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(FileProblems.why(e)).doesNotContain("no such file"))
                .hasMessageStartingWith("Could not save dear-mp-test-letter.pdf in /proc: ")
                .message().doesNotContain(".part");
    }

    @Test
    void noSuchFileForANewFileInAFolderThatIsThereSaysItCannotBeWritten() {
        Path made = dir.resolve("letters");
        assertThat(FileProblems.whyNotMade(made, new NoSuchFileException(made.toString())))
                .isEqualTo("Dear MP cannot write there (the system does not allow new files in that folder)");
        Path deeper = dir.resolve("missing/letters");
        assertThat(FileProblems.whyNotMade(deeper, new NoSuchFileException(deeper.toString())))
                .isEqualTo("there is no such file or folder");
    }

    private void assertOnly(Path... expected) throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(expected);
        }
    }
}
