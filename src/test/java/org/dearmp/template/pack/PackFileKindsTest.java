package org.dearmp.template.pack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.template.TemplateChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A "pack" that is a device, a pipe, a folder or a sparse giant is refused before a byte is read. */
class PackFileKindsTest {
    @TempDir
    Path temp;

    private final TemplatePackReader reader = new TemplatePackReader(new TemplateChecker(), PackLimits.DEFAULT);

    @Test
    void aDeviceIsNotAPack() {
        assertThatThrownBy(() -> reader.read(Path.of("/dev/zero"))).isInstanceOf(PackException.class)
                .hasMessageContaining("/dev/zero is not a file");
    }

    @Test
    void aPipeIsNotAPackAndIsNotWaitedOn() throws Exception {
        Path fifo = temp.resolve("pack.dearmp-templates");
        Process made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(made.waitFor() == 0, "mkfifo failed");

        assertThatThrownBy(() -> reader.read(fifo)).isInstanceOf(PackException.class)
                .hasMessageContaining("is not a file");
    }

    @Test
    void aFolderIsNotAPack() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("folder"));

        assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(PackException.class)
                .hasMessageContaining("is a folder, not a file");
    }

    @Test
    void aSparseGiantIsRefusedBySize() throws IOException {
        Path giant = temp.resolve("giant.dearmp-templates");
        try (RandomAccessFile raf = new RandomAccessFile(giant.toFile(), "rw")) {
            raf.setLength(10L * 1024 * 1024 * 1024);
        }

        assertThatThrownBy(() -> reader.read(giant)).isInstanceOf(PackException.class)
                .hasMessageContaining("is larger than").hasMessageContaining("the most a template pack can be");
    }
}
