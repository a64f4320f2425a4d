package org.dearmp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dearmp.letter.Sender;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.userdata.DraftStore;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every store of the user data folder sets a file it cannot parse aside as {@code <name>.damaged-<date>}, with
 * the date of the root's clock, keeps what was in it, and reports it once; the next start finds nothing to report.
 * (The imported MP list: {@code DamagedImportedListTest}, as it reads the bundled list.)
 */
class DamagedFilesStoreTest {
    /** Late evening in London, already the next day in UTC: the date must come from the clock's own zone. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T23:30:00Z"), ZoneId.of("Pacific/Auckland"));
    private static final String DATE = "2026-12-03";

    @TempDir
    Path home;

    private AppDataFolder folder() {
        return new AppDataFolder(home);
    }

    private static Path damage(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The file set aside under its dated name, with its bytes unchanged, reported once and only once. */
    private static void assertSetAsideOnce(DamagedFiles damaged, Path file, String content) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + DATE);
        assertThat(file).doesNotExist();
        assertThat(aside).hasContent(content);
        assertThat(damaged.takeUnreported()).containsExactly(aside);
        assertThat(damaged.takeUnreported()).as("reported once").isEmpty();
    }

    @Test
    void aDamagedDraftIsSetAsideAndTheNextStartReportsNothing() throws IOException {
        Path file = damage(home.resolve("drafts/current.json"), "{\"postcode\": \"SW1A");
        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        assertThat(new DraftStore(folder(), damaged).load()).isEmpty();
        assertSetAsideOnce(damaged, file, "{\"postcode\": \"SW1A");

        DamagedFiles nextStart = DamagedFiles.dated(CLOCK);
        assertThat(new DraftStore(folder(), nextStart).load()).isEmpty();
        assertThat(nextStart.takeUnreported()).isEmpty();
    }

    @Test
    void damagedSettingsAreSetAsideAndTheDefaultsUsed() throws IOException {
        Path file = damage(home.resolve("settings.json"), "[1, 2");
        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        assertThat(new SettingsStore(folder(), damaged).load()).isNotNull();
        assertSetAsideOnce(damaged, file, "[1, 2");
        DamagedFiles nextStart = DamagedFiles.dated(CLOCK);
        new SettingsStore(folder(), nextStart).load();
        assertThat(nextStart.takeUnreported()).isEmpty();
    }

    @Test
    void aDamagedRecentLetterIsSetAsideAndTheOthersStillListed() throws IOException {
        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        RecentLetters recent = new RecentLetters(folder(), damaged);
        Sender sam = new Sender("Sam Jones", List.of("12 Example Street"), "SW1A 0AA", "", "");
        recent.save(null, "Rachel Blake", "Cities", "Laws", new LetterDraft("SW1A 0AA", "E14001172", "laws", sam,
                List.of("One"), "story", 1, Instant.parse("2026-11-27T21:40:00Z")));
        Path file = damage(home.resolve("letters/broken.json"), "not json at all");
        assertThat(recent.list()).hasSize(1);
        assertSetAsideOnce(damaged, file, "not json at all");
        assertThat(recent.list()).hasSize(1);
        assertThat(damaged.takeUnreported()).isEmpty();
    }

    @Test
    void damagedSideFilesOfTheUserTemplatesAreSetAside() throws IOException {
        Path templates = home.resolve(UserTemplateStore.FOLDER);
        Path origins = damage(templates.resolve("origins.json"), "{\"a\":");
        Path organisation = damage(templates.resolve("organisation.json"), "{{");
        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        UserTemplateStore store = new UserTemplateStore(templates, new TemplateChecker(), List.of(), damaged);
        store.readSideFiles();
        assertThat(damaged.takeUnreported()).containsExactlyInAnyOrder(
                organisation.resolveSibling("organisation.json.damaged-" + DATE),
                origins.resolveSibling("origins.json.damaged-" + DATE));
        assertThat(origins.resolveSibling("origins.json.damaged-" + DATE)).hasContent("{\"a\":");
        assertThat(store.organisation()).isEmpty();
        assertThat(store.basedOn("anything")).isEmpty();
        assertThat(damaged.takeUnreported()).isEmpty();
    }

    @Test
    void aNameAlreadyTakenGetsANumberAndTheEarlierFileIsKept() throws IOException {
        Path file = home.resolve("settings.json");
        damage(file, "first");
        DamagedFiles damaged = DamagedFiles.dated(CLOCK);
        new SettingsStore(folder(), damaged).load();
        damage(file, "second");
        new SettingsStore(folder(), damaged).load();
        damage(file, "third");
        new SettingsStore(folder(), damaged).load();
        assertThat(damaged.takeUnreported()).containsExactly(home.resolve("settings.json.damaged-" + DATE),
                home.resolve("settings.json.damaged-" + DATE + "-2"), home.resolve("settings.json.damaged-" + DATE + "-3"));
        assertThat(home.resolve("settings.json.damaged-" + DATE)).hasContent("first");
        assertThat(home.resolve("settings.json.damaged-" + DATE + "-3")).hasContent("third");
    }

    @Test
    void aStoreMadeOnlyToLookLeavesTheFileWhereItIs() throws IOException {
        Path file = damage(home.resolve("settings.json"), "[");
        new SettingsStore(folder()).load();
        assertThat(file).hasContent("[");
    }
}
