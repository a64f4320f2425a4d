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
    void savedTemplatesCanBeKept() throws IOException {
        Path real = fill(Files.createDirectories(dir.resolve("elsewhere2")));
        Path link = Files.createSymbolicLink(dir.resolve("linked"), real);

        UserDataEraser.erase(new AppDataFolder(link), true);

        assertThat(real.resolve("settings.json")).doesNotExist();
        assertThat(real.resolve("drafts")).doesNotExist();
        assertThat(real.resolve(UserDataEraser.TEMPLATES).resolve("mine.txt")).hasContent("Dear {{mp.name}}");
    }
}
