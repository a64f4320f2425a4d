package org.dearmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher starts for its arguments: a desktop that opens a double-clicked pack runs
 * {@code dear-mp FILE}, which opens the app at that pack's import; anything else is the command line's.
 */
class LauncherStartTest {

    @TempDir
    Path temp;

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void noArgumentsOpenTheDesktopAppWithNothingToImport() {
        assertThat(Launcher.decide()).isEqualTo(Launcher.Start.DESKTOP);
        assertThat(Launcher.decide().packToImport()).isEmpty();
    }

    @Test
    void oneExistingPackFileOpensTheDesktopAppAtItsImport() throws Exception {
        Path pack = Files.writeString(temp.resolve("leeds group.dearmp"), "a zip inside");
        Launcher.Start start = Launcher.decide(pack.toString());
        assertThat(start.desktop()).isTrue();
        assertThat(start.packToImport()).hasValue(pack.toAbsolutePath());
    }

    @Test
    void anOlderZipPackAndAnyCaseOfTheExtensionOpenTheImportToo() throws Exception {
        Path zip = Files.writeString(temp.resolve("ours.zip"), "a zip inside");
        Path upper = Files.writeString(temp.resolve("OURS.DEARMP"), "a zip inside");
        assertThat(Launcher.decide(zip.toString()).packToImport()).hasValue(zip.toAbsolutePath());
        assertThat(Launcher.decide(upper.toString()).packToImport()).hasValue(upper.toAbsolutePath());
    }

    @Test
    void aPackGivenRelativeToTheWorkingFolderIsOpenedByItsFullPath() throws Exception {
        // A desktop passes a full path, but someone may type a relative one: the app is handed it in full.
        Path here = Path.of("").toAbsolutePath();
        Path pack = Files.writeString(Files.createTempFile(here.resolve("target"), "relative", ".dearmp"), "zip");
        try {
            Path relative = here.relativize(pack);
            assertThat(Launcher.decide(relative.toString()).packToImport()).hasValue(pack);
        } finally {
            Files.delete(pack);
        }
    }

    @Test
    void subcommandsOtherFilesMissingFilesFoldersAndMoreArgumentsGoToTheCommandLine() throws Exception {
        Path text = Files.writeString(temp.resolve("letter.txt"), "not a pack");
        Path folder = Files.createDirectory(temp.resolve("folder.dearmp"));
        Path pack = Files.writeString(temp.resolve("ours.dearmp"), "a zip inside");
        assertThat(Launcher.decide("templates")).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide("--help")).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide(text.toString())).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide(temp.resolve("missing.dearmp").toString())).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide(folder.toString())).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide(".dearmp")).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide(pack.toString(), pack.toString())).isEqualTo(Launcher.Start.COMMAND_LINE);
        assertThat(Launcher.decide("template", pack.toString())).isEqualTo(Launcher.Start.COMMAND_LINE);
    }

    @Test
    void aMissingPackFileGetsTheCommandLinesPlainError() {
        assertThat(CliRun.in(userData.context(), "nonsense").err()).as("other words keep picocli's own answer")
                .contains("Unmatched argument");
        String missing = temp.resolve("missing.dearmp").toString();
        CliRun run = CliRun.in(userData.context(), missing);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("There is no file at " + missing, "--help").doesNotContain("Unmatched")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
