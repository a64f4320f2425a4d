package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.core.DearMpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample is saved as every file is: a link in its place is refused, not written through or replaced. */
class SampleSupportersTest {
    @TempDir
    Path dir;

    @Test
    void copiesTheSample() throws IOException {
        Path copy = SampleSupporters.copyTo(dir);

        assertThat(Files.readString(copy)).contains("Postcode");
    }

    @Test
    void aLinkWhereTheSampleGoesIsLeftAlone() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "mine");
        Path folder = Files.createDirectory(dir.resolve("sample"));
        Files.createSymbolicLink(folder.resolve(SampleSupporters.FILE_NAME), elsewhere);

        assertThatThrownBy(() -> SampleSupporters.copyTo(folder)).isInstanceOf(DearMpException.class)
                .hasMessageContaining("is a link");
        assertThat(Files.isSymbolicLink(folder.resolve(SampleSupporters.FILE_NAME))).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("mine");
    }
}
