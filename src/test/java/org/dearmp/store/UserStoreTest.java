package org.dearmp.store;

import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;
import org.dearmp.userdata.Settings;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.userdata.UserDataEraser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.dearmp.letter.Sender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    @TempDir
    Path home;

    private final Sender sam = new Sender("Sam Jones", List.of("12 Example Street", "London"), "SW1A 0AA",
            "sam@example.org", "");

    private LetterDraft draft(String story) {
        return new LetterDraft("SW1A 0AA", "E14001172", "laws", sam, List.of("One", "Two"), story, 3,
                Instant.parse("2026-11-27T21:40:00Z"));
    }

    @Test
    void aDraftRoundTripsThroughItsFile() throws IOException {
        DraftStore store = new DraftStore(new AppDataFolder(home));
        store.save(draft("Ŵ and Łukasz wrote this"));
        assertThat(new DraftStore(new AppDataFolder(home)).load()).contains(draft("Ŵ and Łukasz wrote this"));
        store.discard();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void anEmptyDraftIsNotOfferedBack() throws IOException {
        DraftStore store = new DraftStore(new AppDataFolder(home));
        store.save(new LetterDraft("", null, null, sam, List.of(""), "", 0, null));
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aDamagedDraftIsIgnoredNotFatal() throws IOException {
        Path file = home.resolve("drafts/current.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"postcode\": \"SW1A");
        assertThat(new DraftStore(new AppDataFolder(home)).load()).isEmpty();
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        new DraftStore(new AppDataFolder(home)).save(draft("x"));
        try (var files = Files.list(home.resolve("drafts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("current.json");
        }
    }

    @Test
    void recentLettersAreListedNewestFirstAndCanBeDeleted() throws Exception {
        RecentLetters recent = new RecentLetters(new AppDataFolder(home));
        SavedLetter first = recent.save(null, "Rachel Blake", "Cities of London and Westminster", "Laws", draft("a"));
        SavedLetter second = recent.save(null, "Julian Smith", "Skipton and Ripon", "Visit",
                draft("b").withSavedAt(Instant.parse("2026-11-28T09:00:00Z")));
        assertThat(recent.list()).extracting(SavedLetter::id).containsExactly(second.id(), first.id());

        SavedLetter again = recent.save(first.id(), "Rachel Blake", "Cities", "Laws",
                draft("a, changed").withSavedAt(Instant.parse("2026-11-28T10:00:00Z")));
        assertThat(recent.list()).hasSize(2).first().isEqualTo(again);

        recent.delete(second.id());
        assertThat(recent.list()).extracting(SavedLetter::id).containsExactly(first.id());
    }

    @Test
    void settingsRememberTheSenderAndClampTheTextSize() throws IOException {
        SettingsStore store = new SettingsStore(new AppDataFolder(home));
        assertThat(store.load()).isEqualTo(Settings.defaults());
        store.save(Settings.defaults().withSender(sam).withFontScale(9));
        Settings loaded = store.load();
        assertThat(loaded.sender()).isEqualTo(sam);
        assertThat(loaded.fontScale()).isEqualTo(Settings.MAX_SCALE);
    }

    @Test
    void eraseAllRemovesEverythingInTheDataFolderButTheFolderItself() throws IOException {
        AppDataFolder folder = new AppDataFolder(home);
        new DraftStore(folder).save(draft("x"));
        new RecentLetters(folder).save(null, "Rachel Blake", "Cities", "Laws", draft("y"));
        new SettingsStore(folder).save(Settings.defaults().withSender(sam));
        Files.writeString(folder.folder("mp-lists").resolve("dfe_mp_lookup_2026-09-30.csv"), "x");

        UserDataEraser.eraseAll(folder);

        assertThat(home).isEmptyDirectory();
        assertThat(new SettingsStore(folder).load().sender().name()).isEmpty();
    }

    @Test
    void eraseCanKeepTheSavedTemplatesAndRemovesEverythingElse() throws IOException {
        AppDataFolder folder = new AppDataFolder(home);
        new DraftStore(folder).save(draft("x"));
        new RecentLetters(folder).save(null, "Rachel Blake", "Cities", "Laws", draft("y"));
        new SettingsStore(folder).save(Settings.defaults().withSender(sam));
        Files.writeString(folder.folder("mp-lists").resolve("dfe_mp_lookup_2026-09-30.csv"), "x");
        Path templates = folder.folder(org.dearmp.template.user.UserTemplateStore.FOLDER);
        Files.writeString(templates.resolve("our-campaign.txt"), "Dear {{mp}}");
        Files.writeString(templates.resolve("origins.json"), "{}");
        assertThat(UserDataEraser.hasSavedTemplates(folder)).isTrue();

        UserDataEraser.erase(folder, true);

        try (var left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("templates");
        }
        assertThat(templates.resolve("our-campaign.txt")).hasContent("Dear {{mp}}");
        assertThat(templates.resolve("origins.json")).exists();

        UserDataEraser.erase(folder, false);
        assertThat(home).isEmptyDirectory();
        assertThat(UserDataEraser.hasSavedTemplates(folder)).isFalse();
    }

    @Test
    void aLetterKeptUnfinishedIsListedAsUnfinishedUntilItIsFinished() throws IOException {
        RecentLetters recent = new RecentLetters(new AppDataFolder(home));
        SavedLetter kept = recent.keepUnfinished(null, "Rachel Blake", "Cities", "Laws", draft("half a story"));
        assertThat(recent.list()).singleElement().satisfies(l -> {
            assertThat(l.unfinished()).isTrue();
            assertThat(l.draft()).isEqualTo(draft("half a story"));
        });

        recent.save(kept.id(), "Rachel Blake", "Cities", "Laws", draft("the whole story"));
        assertThat(recent.list()).singleElement().satisfies(l -> {
            assertThat(l.unfinished()).isFalse();
            assertThat(l.draft().story()).isEqualTo("the whole story");
        });
    }

    @Test
    void aLetterSavedBeforeUnfinishedLettersExistedReadsAsFinished() throws IOException {
        Path file = home.resolve("letters/0a1b.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"id": "0a1b", "savedAt": "2026-11-27T21:40:00Z", "mpName": "Rachel Blake",
                 "constituencyName": "Cities", "templateTitle": "Laws",
                 "draft": {"postcode": "SW1A 0AA", "story": "old", "step": 4, "savedAt": "2026-11-27T21:40:00Z"}}
                """);
        assertThat(new RecentLetters(new AppDataFolder(home)).list()).singleElement()
                .satisfies(l -> assertThat(l.unfinished()).isFalse());
    }

    @Test
    void aDraftWhoseFileDoesNotSayWhenIsDatedByTheFile() throws IOException {
        Path file = home.resolve("drafts/current.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"postcode": "SW1A 0AA", "story": "undated", "step": 2}
                """);
        Instant written = Instant.parse("2026-11-20T08:30:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));

        assertThat(new DraftStore(new AppDataFolder(home)).load()).get()
                .satisfies(d -> assertThat(d.savedAt()).isEqualTo(written));
    }

    @Test
    void aRecentLetterWhoseFileDoesNotSayWhenIsDatedByTheFileAndSoIsItsDraft() throws IOException {
        Path file = home.resolve("letters/0a1c.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"id": "0a1c", "mpName": "Rachel Blake", "constituencyName": "Cities", "templateTitle": "Laws",
                 "draft": {"postcode": "SW1A 0AA", "story": "undated", "step": 4}}
                """);
        Instant written = Instant.parse("2026-11-21T18:05:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));

        assertThat(new RecentLetters(new AppDataFolder(home)).list()).singleElement().satisfies(l -> {
            assertThat(l.savedAt()).isEqualTo(written);
            assertThat(l.draft().savedAt()).isEqualTo(written);
        });
    }
}
