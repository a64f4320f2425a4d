package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dearmp.export.ExportException;
import org.dearmp.store.FileProblems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A failed --out says why in plain words, and makes no folders the user did not ask for. */
class OutFolderTest {

    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private CliRun letter(Path out) {
        return userData.run("letter", "--postcode", "LL58 8AA", "--template", "visit-local-projects", "--name", "Ann Lee",
                "--format", "txt", "--out", out.toString());
    }

    private CliRun batch(Path out) throws IOException {
        Path csv = Files.writeString(temp.resolve("ok.csv"), "Name,Postcode\nAnn Lee,EH1 1YH\n", StandardCharsets.UTF_8);
        return userData.run("batch", "--input", csv.toString(), "--template", "stronger-laws", "--out", out.toString());
    }

    @Test
    void aLetterIntoAMissingFolderSaysSoAndMakesNoFolders() {
        Path out = temp.resolve("no-such/deeper/letter.txt");
        CliRun run = letter(out);
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Could not save the letter to " + out,
                "there is no folder " + temp.resolve("no-such/deeper")).doesNotContain("Exception");
        assertThat(temp.resolve("no-such")).doesNotExist();
    }

    @Test
    void aLetterThroughAFileSaysPartOfThePathIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        CliRun run = letter(file.resolve("letter.txt"));
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("part of the path is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aLetterIntoAFolderThatMayNotBeWrittenSaysPermissionDenied() throws IOException {
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "root may write anywhere");
            CliRun run = letter(locked.resolve("letter.txt"));
            assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
            assertThat(run.err()).contains("permission denied").doesNotContain("Exception");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aLetterIntoAnExistingFolderStillGetsTheUsualName() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("letters"));
        CliRun run = letter(folder);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("letter-to-");
        }
    }

    @Test
    void aBatchMakesItsNamedFolderButNotMissingParents() throws IOException {
        Path deep = temp.resolve("no-such/out");
        CliRun refused = batch(deep);
        assertThat(refused.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(refused.err()).contains("Could not write the letters to " + deep,
                "there is no folder " + temp.resolve("no-such"));
        assertThat(temp.resolve("no-such")).doesNotExist();
        assertThat(refused.out()).as("said before the rows are checked").doesNotContain("Checked");

        Path named = temp.resolve("out");
        CliRun made = batch(named);
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(named.resolve(org.dearmp.batch.run.BatchRunner.PRINT_FILE)).exists();
    }

    @Test
    void aBatchIntoAFileSaysItIsNotAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("out.pdf"), "mine");
        CliRun run = batch(file);
        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("it is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void theHelpSaysWhichFoldersAreMade() {
        assertThat(userData.run("letter", "--help").out().replaceAll("\\s+", " ")).contains("The folder must already exist.");
        assertThat(userData.run("batch", "--help").out().replaceAll("\\s+", " "))
                .contains("made if it is not there, but the folder it goes in must exist");
    }

    @Test
    void eachFileProblemIsSaidInPlainWords() {
        Path p = Path.of("letter.pdf");
        assertThat(FileProblems.why(new AccessDeniedException(p.toString()))).isEqualTo("permission denied");
        assertThat(FileProblems.why(new NoSuchFileException(p.toString()))).isEqualTo("there is no such file or folder");
        assertThat(FileProblems.why(new FileSystemException(p.toString(), null, "Read-only file system")))
                .isEqualTo("the disk or folder is read-only");
        assertThat(FileProblems.why(new FileSystemException(p.toString(), null, "Is a directory")))
                .isEqualTo("it is a folder, not a file");
        assertThat(FileProblems.why(new IOException("No space left on device"))).isEqualTo("the disk is full");
        assertThat(FileProblems.why(new FileSystemException("/home/ann/letter.pdf"))).isEqualTo("the system did not say why");
        assertThat(FileProblems.why(new ExportException.WriteFailed(p, new UncheckedIOException(
                new AccessDeniedException(p.toString()))))).isEqualTo("permission denied");
    }

    @Test
    void aLetterIntoAFolderThatIsThereButTakesNoFilesDoesNotCallItMissing() throws IOException {
        Path out = Path.of("/proc/dear-mp-test-letter.txt");
        Assumptions.assumeTrue(Files.isDirectory(out.getParent()) && !Files.exists(out));
        CliRun run = letter(out);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Could not save the letter to " + out, "Dear MP cannot write there")
                .doesNotContain("no such file", ".part", "Exception");
    }

    @Test
    void aBatchIntoAFolderThatIsThereButTakesNoFoldersDoesNotCallItMissing() throws IOException {
        Path out = Path.of("/proc/dear-mp-test-batch");
        Assumptions.assumeTrue(Files.isDirectory(out.getParent()) && !Files.exists(out));
        CliRun run = batch(out);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Dear MP cannot write there").doesNotContain("no such file", "Exception");
    }

    @Test
    void aLetterOverASymbolicLinkIsRefusedAndTheLinkKept() throws IOException {
        Path real = Files.writeString(temp.resolve("real.txt"), "mine");
        Path link = Files.createSymbolicLink(temp.resolve("link.txt"), real);
        CliRun run = letter(link);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(link + " is a link to another file").doesNotContain("Saved", "Exception");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("mine");
    }
}
