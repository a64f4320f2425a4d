package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A file that is missing, a folder, or not what it should be is said plainly, first. */
class CliFileProblemsTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private Path supporters() throws IOException {
        return Files.writeString(dir.resolve("ok.csv"), "Name,Postcode\r\nAnn Lee,EH1 1YH\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void aMappingThatIsNotJsonIsSaidWithoutJacksonsWords() throws IOException {
        Path bad = Files.writeString(dir.resolve("badmap.json"), "{bad", StandardCharsets.UTF_8);
        CliRun run = userData.run("batch", "--input", supporters().toString(), "--template", "stronger-laws",
                "--out", dir.resolve("out").toString(), "--mapping", bad.toString());
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("The column mapping badmap.json is not a mapping file Dear MP can read "
                + "(it is not valid JSON near line 1, column 2). Save the mapping again from the batch screen or with --save-mapping.")
                .doesNotContain("Unexpected character").doesNotContain("Source:").doesNotContain("StreamReadFeature");
    }

    @Test
    void aMissingMappingIsSaidToBeMissing() throws IOException {
        Path none = dir.resolve("nomap.json");
        CliRun run = userData.run("batch", "--input", supporters().toString(), "--template", "stronger-laws",
                "--out", dir.resolve("out").toString(), "--mapping", none.toString());
        assertThat(run.err()).contains("There is no column mapping file at " + none + ".");
    }

    @Test
    void importingAMissingFileSaysItIsMissingNotThatTheNameHasNoDate() {
        Path none = dir.resolve("nofile.csv");
        CliRun run = userData.run("mps", "import", none.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("There is no file at " + none + ".").doesNotContain("has no date");
    }

    @Test
    void aFolderGivenAsTheSupportersFileIsSaidToBeAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("somefolder"));
        CliRun lookup = userData.run("lookup", "--csv", folder.toString());
        assertThat(lookup.err()).contains(folder + " is a folder, not a file").doesNotContain("There is no file");
        CliRun batch = userData.run("batch", "--input", folder.toString(), "--template", "stronger-laws",
                "--out", dir.resolve("out").toString());
        assertThat(batch.err()).contains(folder + " is a folder, not a file").doesNotContain("There is no file");
    }

    @Test
    void aMappingThatCannotBeSavedSaysWhyOnce() throws IOException {
        // /proc takes no new files, even from root.
        CliRun run = userData.run("batch", "--input", supporters().toString(), "--template", "stronger-laws",
                "--out", dir.resolve("out").toString(), "--save-mapping", "/proc/columns.json");
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Could not save the column mapping to /proc/columns.json: Dear MP cannot write there");
        assertThat(run.err().split("Could not save", -1)).as(run.err()).hasSize(2);
    }
}
