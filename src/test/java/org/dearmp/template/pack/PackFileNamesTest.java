package org.dearmp.template.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs are called .dearmp, so opening one opens Dear MP; .zip, their older name, still counts. */
class PackFileNamesTest {

    @TempDir
    Path temp;

    @Test
    void aNewPackIsOfferedAsDearmp() {
        assertThat(PackFileNames.forNewPack("stronger-laws")).isEqualTo("stronger-laws.dearmp");
        assertThat(PackFileNames.EXTENSIONS).containsExactly("dearmp", "zip");
    }

    @Test
    void dearmpAndZipInAnyCaseArePackNamesAndNothingElseIs() {
        assertThat(PackFileNames.hasPackExtension("leeds.dearmp")).isTrue();
        assertThat(PackFileNames.hasPackExtension("Leeds.DearMP")).isTrue();
        assertThat(PackFileNames.hasPackExtension("leeds.zip")).isTrue();
        assertThat(PackFileNames.hasPackExtension("LEEDS.ZIP")).isTrue();
        assertThat(PackFileNames.hasPackExtension("leeds.txt")).isFalse();
        assertThat(PackFileNames.hasPackExtension("leedsdearmp")).isFalse();
        assertThat(PackFileNames.hasPackExtension(".dearmp")).isFalse();
        assertThat(PackFileNames.hasPackExtension("leeds.dearmp.txt")).isFalse();
    }

    @Test
    void aSavedPackWithoutAPackNameGetsDearmpAndOneWithAPackNameKeepsIt() {
        assertThat(PackFileNames.forSaving(temp.resolve("ours"))).isEqualTo(temp.resolve("ours.dearmp"));
        assertThat(PackFileNames.forSaving(temp.resolve("ours.v2"))).isEqualTo(temp.resolve("ours.v2.dearmp"));
        assertThat(PackFileNames.forSaving(temp.resolve("ours.dearmp"))).isEqualTo(temp.resolve("ours.dearmp"));
        assertThat(PackFileNames.forSaving(temp.resolve("ours.zip"))).isEqualTo(temp.resolve("ours.zip"));
    }

    @Test
    void onlyAnExistingFileWithAPackNameIsAPackFile() throws Exception {
        assertThat(PackFileNames.isPackFile(Files.writeString(temp.resolve("a.dearmp"), "zip"))).isTrue();
        assertThat(PackFileNames.isPackFile(temp.resolve("missing.dearmp"))).isFalse();
        assertThat(PackFileNames.isPackFile(Files.createDirectory(temp.resolve("folder.zip")))).isFalse();
        assertThat(PackFileNames.isPackFile(Files.writeString(temp.resolve("a.txt"), "text"))).isFalse();
    }
}
