package org.dearmp.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.store.AppDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Erase all my data" leaves none of it, wherever the folder really is. */
class UserDataEraserTest {

    @TempDir
    Path dir;

    private static Path fill(Path data) throws IOException {
        Files.createDirectories(data.resolve("drafts"));
        Files.writeString(data.resolve("drafts").resolve("draft.json"), "{\"story\":\"my sister\"}");
        Files.writeString(data.resolve("settings.json"), "{\"name\":\"Siân\"}");
        Files.createDirectories(data.resolve(UserDataEraser.TEMPLATES));
        Files.writeString(data.resolve(UserDataEraser.TEMPLATES).resolve("mine.txt"), "Dear {{mp.name}}");
        return data;
    }

    @Test
    void aDataFolderThatIsALinkIsErasedWhereTheDataIsAndTheLinkStays() throws IOException {
        Path real = fill(Files.createDirectories(dir.resolve("elsewhere").resolve("dear-mp")));
        Path link = Files.createSymbolicLink(dir.resolve("dear-mp"), real);

        UserDataEraser.eraseAll(new AppDataFolder(link));

        assertThat(real).isEmptyDirectory();
        assertThat(link).isSymbolicLink();
    }

    @Test
    void aLinkInsideTheFolderIsRemovedButWhatItPointsToIsNotTheAppsAndStays() throws IOException {
        Path data = fill(Files.createDirectories(dir.resolve("data")));
        Path outside = Files.writeString(dir.resolve("my-letter.pdf"), "%PDF");
        Files.createSymbolicLink(data.resolve("shortcut.pdf"), outside);

        UserDataEraser.eraseAll(new AppDataFolder(data));

        assertThat(data).isEmptyDirectory();
        assertThat(outside).hasContent("%PDF");
    }

    @Test
    void aLinkToAFolderOutsideIsRemovedWithoutEnteringIt() throws IOException {
        Path data = fill(Files.createDirectories(dir.resolve("data")));
        Path outside = Files.createDirectories(dir.resolve("Documents").resolve("letters"));
        Path kept = Files.writeString(outside.resolve("to-my-mp.pdf"), "%PDF");
        Files.createSymbolicLink(data.resolve("drafts").resolve("my letters"), outside);
        Files.createSymbolicLink(data.resolve("up"), dir);

        UserDataEraser.eraseAll(new AppDataFolder(data));

        assertThat(data).isEmptyDirectory();
        assertThat(kept).hasContent("%PDF");
        assertThat(dir.resolve("Documents")).exists();
    }

    @Test
    void aLinkToNothingIsRemovedToo() throws IOException {
        Path data = fill(Files.createDirectories(dir.resolve("data")));
        Files.createSymbolicLink(data.resolve("settings.json.bak"), dir.resolve("no-such-file"));

        UserDataEraser.eraseAll(new AppDataFolder(data));

        assertThat(data).isEmptyDirectory();
    }

    /** Someone who keeps their templates in another folder, linked in: keeping them keeps the link. */
    @Test
    void savedTemplatesBehindALinkAreKeptLinkAndAll() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("settings.json"), "{\"name\":\"Siân\"}");
        Path shared = Files.createDirectories(dir.resolve("campaign-templates"));
        Files.writeString(shared.resolve("mine.txt"), "Dear {{mp.name}}");
        Path link = Files.createSymbolicLink(data.resolve(UserDataEraser.TEMPLATES), shared);

        UserDataEraser.erase(new AppDataFolder(data), true);

        assertThat(data.resolve("settings.json")).doesNotExist();
        assertThat(link).isSymbolicLink();
        assertThat(UserDataEraser.hasSavedTemplates(new AppDataFolder(data))).isTrue();

        UserDataEraser.eraseAll(new AppDataFolder(data));

        assertThat(data).isEmptyDirectory();
        assertThat(shared.resolve("mine.txt")).as("not the app's copy: the link is gone, the folder is theirs")
                .hasContent("Dear {{mp.name}}");
    }

    @Test
    void savedTemplatesCanBeKept() throws IOException {
        Path real = fill(Files.createDirectories(dir.resolve("elsewhere2")));
        Path link = Files.createSymbolicLink(dir.resolve("linked"), real);

        UserDataEraser.erase(new AppDataFolder(link), true);

        assertThat(real.resolve("settings.json")).doesNotExist();
        assertThat(real.resolve("drafts")).doesNotExist();
        assertThat(real.resolve(UserDataEraser.TEMPLATES).resolve("mine.txt")).hasContent("Dear {{mp.name}}");
    }
}
