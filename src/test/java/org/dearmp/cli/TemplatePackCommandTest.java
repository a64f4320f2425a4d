package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code template export} and {@code template import}: a pack made on one computer (one data folder) goes
 * into another's templates by the same rules as the Templates screen, and every bad input is refused
 * with exit 2 and nothing written.
 */
@DataTest
class TemplatePackCommandTest {

    private static final String NEW_ASK = "Will you visit our refuge before the summer recess?";

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    private UserTemplateStore store;
    private String ownId;

    @BeforeEach
    void aTemplateOfOurOwn() {
        store = userData.context().templates().user();
        UserTemplate copy = store.duplicate(userData.context().templates().bundled().require("stronger-laws"));
        ownId = copy.id();
        store.save(ownId, copy.text().replace(copy.template().orElseThrow().ask(), NEW_ASK));
    }

    /** Another computer's Dear MP: its own, empty, data folder. */
    private AppContext elsewhere() throws IOException {
        return AppContext.forFolder(new AppDataFolder(Files.createDirectories(dir.resolve("elsewhere"))),
                Clock.systemDefaultZone());
    }

    private Path exported() {
        Path pack = dir.resolve("ours.dearmp");
        CliRun run = userData.run("template", "export", ownId, "--out", pack.toString(), "--organisation", "Refuge Network");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return pack;
    }

    @Test
    void anImportedPackIsListedByTemplatesAndUsable() throws IOException {
        Path pack = exported();
        AppContext other = elsewhere();

        CliRun imported = CliRun.in(other, "template", "import", pack.toString());
        CliRun listed = CliRun.in(other, "templates");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("The pack ours.dearmp was made by Refuge Network on ")
                .contains("Imported " + ownId + " (version 1)")
                .contains("From ours.dearmp: 1 template imported, 0 updated, 0 skipped.");
        assertThat(listed.out().lines().filter(l -> l.startsWith(ownId + " ")))
                .singleElement().asString().contains(NEW_ASK);
    }

    @Test
    void exportThenImportGivesBackTheSameTemplateByteForByte() throws IOException {
        Path pack = exported();
        AppContext other = elsewhere();

        CliRun.in(other, "template", "import", pack.toString());

        UserTemplate mine = store.find(ownId).orElseThrow();
        UserTemplate theirs = other.templates().user().find(ownId).orElseThrow();
        assertThat(theirs.text()).isEqualTo(mine.text());
        assertThat(theirs.basedOn()).isEqualTo("stronger-laws");
        assertThat(other.templates().user().organisation()).contains("Refuge Network");
    }

    @Test
    void aTemplateTheUserHasIsKeptUnlessReplaceIsGiven() throws IOException {
        Path pack = exported();
        AppContext other = elsewhere();
        CliRun.in(other, "template", "import", pack.toString());
        UserTemplateStore theirs = other.templates().user();
        String edited = theirs.find(ownId).orElseThrow().text().replaceFirst("(?m)^version: .*$", "version: \"7\"");
        assertThat(edited).contains("version: \"7\"");
        theirs.save(ownId, edited);

        CliRun kept = CliRun.in(other, "template", "import", pack.toString());
        assertThat(kept.exitCode()).isZero();
        assertThat(kept.out()).contains("Skipped " + ownId + ": you already have a template with this id (yours: 7; the pack's: 1)")
                .contains("no templates imported, 0 updated, 1 skipped");
        assertThat(theirs.find(ownId).orElseThrow().text()).isEqualTo(edited);

        CliRun replaced = CliRun.in(other, "template", "import", "--replace", pack.toString());
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).contains("Updated " + ownId + ": the pack's version 1 replaced yours (7).")
                .contains("no templates imported, 1 updated, 0 skipped");
        assertThat(theirs.find(ownId).orElseThrow().text()).isEqualTo(store.find(ownId).orElseThrow().text());
    }

    @Test
    void aBundledTemplateCanBeExportedButNotImportedOverTheBundledOne() {
        Path pack = dir.resolve("bundled.dearmp");

        CliRun exported = userData.run("template", "export", "stronger-laws", ownId, "--out", pack.toString());
        CliRun imported = userData.run("template", "import", pack.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Wrote a pack of 2 templates to " + pack + ": stronger-laws, " + ownId);
        assertThat(imported.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(imported.err()).contains("cannot be imported and nothing was changed")
                .contains("\"stronger-laws\", which is a template that comes with Dear MP");
    }

    @Test
    void unknownIdsAreAllNamedAndNoPackIsWritten() {
        Path pack = dir.resolve("none.dearmp");

        CliRun run = userData.run("template", "export", ownId, "no-such", "../../etc/passwd", "--out", pack.toString());

        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("There are no templates no-such, ../../etc/passwd, so no pack was written")
                .contains("stronger-laws").contains(ownId);
        assertThat(pack).doesNotExist();
    }

    @Test
    void aDraftWithErrorsIsNotPacked() {
        store.save("half-done", "not a template yet");
        Path pack = dir.resolve("draft.dearmp");

        CliRun run = userData.run("template", "export", "half-done", "--out", pack.toString());

        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(run.err()).contains("\"half-done\" has errors");
        assertThat(pack).doesNotExist();
    }

    @Test
    void anOutThatIsNotAnOrdinaryFileOrIsInNoFolderIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));

        CliRun intoFolder = userData.run("template", "export", ownId, "--out", folder.toString());
        CliRun device = userData.run("template", "export", ownId, "--out", "/dev/null");
        CliRun noFolder = userData.run("template", "export", ownId, "--out", dir.resolve("typo/p.dearmp").toString());

        assertThat(intoFolder.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(intoFolder.err()).contains("is a folder, so Dear MP will not write a file over it");
        assertThat(device.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(device.err()).contains("/dev/null is not an ordinary file");
        assertThat(noFolder.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(noFolder.err()).contains("there is no folder " + dir.resolve("typo"));
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void aPackThatIsNotThereOrNotAPackIsOneMessageAndExit2() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.dearmp"), "just some text");

        CliRun missing = userData.run("template", "import", dir.resolve("gone.dearmp").toString());
        CliRun garbage = userData.run("template", "import", notZip.toString());

        assertThat(missing.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(missing.err().strip()).isEqualTo("There is no file at " + dir.resolve("gone.dearmp") + ".");
        assertThat(garbage.exitCode()).isEqualTo(DearMpCommand.EXIT_USAGE);
        assertThat(garbage.err().strip()).startsWith("The template pack \"notes.dearmp\" cannot be imported")
                .contains("it is not a template pack").doesNotContain("\n");
        assertThat(store.list()).extracting(UserTemplate::id).containsExactly(ownId);
    }
}
