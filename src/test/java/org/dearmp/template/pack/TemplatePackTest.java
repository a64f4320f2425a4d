package org.dearmp.template.pack;

import org.dearmp.testsupport.CraftedZip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatePackTest {
    private static final Instant CREATED = Instant.parse("2026-11-27T21:30:00Z");
    private static final TemplateChecker CHECKER = new TemplateChecker();
    private static final TemplateLibrary BUNDLED = TemplateLibrary.bundled(CHECKER);

    @TempDir
    Path temp;

    private UserTemplateStore sender;
    private UserTemplateStore receiver;
    private final TemplatePackWriter writer = new TemplatePackWriter(Clock.fixed(CREATED, ZoneOffset.UTC),
            PackLimits.DEFAULT);
    private final TemplatePackReader reader = new TemplatePackReader(CHECKER, PackLimits.DEFAULT);

    @BeforeEach
    void stores() {
        List<String> bundledIds = BUNDLED.templates().stream().map(LetterTemplate::id).toList();
        sender = new UserTemplateStore(temp.resolve("sender"), CHECKER, bundledIds);
        receiver = new UserTemplateStore(temp.resolve("receiver"), CHECKER, bundledIds);
    }

    @Test
    void aPackRoundTripsWithItsManifestAndExactTexts() {
        UserTemplate laws = sender.duplicate(BUNDLED.require("stronger-laws"));
        UserTemplate visit = sender.duplicate(BUNDLED.require("visit-local-projects"));
        Path pack = temp.resolve("leeds.dearmp-pack.zip");

        writer.write(pack, "Leeds Campaign Group", List.of(packed(laws), packed(visit)));
        TemplatePack read = reader.read(pack);

        assertThat(read.manifest().organisation()).isEqualTo("Leeds Campaign Group");
        assertThat(read.manifest().created()).isEqualTo(CREATED);
        assertThat(read.manifest().format()).isEqualTo(PackManifest.FORMAT);
        assertThat(read.ids()).containsExactly("stronger-laws-copy", "visit-local-projects-copy");
        assertThat(read.manifest().templates()).extracting(PackEntry::title, PackEntry::basedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Stronger laws and sentences for traffickers (copy)",
                        "stronger-laws"),
                org.assertj.core.groups.Tuple.tuple(BUNDLED.require("visit-local-projects").title() + " (copy)",
                        "visit-local-projects"));
        assertThat(read.templates().get(0).text()).isEqualTo(laws.text());
        assertThat(read.templates().get(1).text()).isEqualTo(visit.text());

        ImportPlan plan = receiver.plan(read, pack.getFileName().toString());
        assertThat(plan.added()).containsExactly("stronger-laws-copy", "visit-local-projects-copy");
        assertThat(plan.replaced()).isEmpty();
        assertThat(receiver.apply(plan, true)).containsExactly("stronger-laws-copy", "visit-local-projects-copy");
        assertThat(receiver.list()).extracting(UserTemplate::id, UserTemplate::usable, UserTemplate::basedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stronger-laws-copy", true, "stronger-laws"),
                        org.assertj.core.groups.Tuple.tuple("visit-local-projects-copy", true, "visit-local-projects"));
        assertThat(receiver.find("stronger-laws-copy").orElseThrow().text()).isEqualTo(laws.text());

        // The same pack again: both would replace the receiver's templates, so the caller must ask.
        ImportPlan again = receiver.plan(reader.read(pack), "again");
        assertThat(again.added()).isEmpty();
        assertThat(again.replaced()).containsExactly("stronger-laws-copy", "visit-local-projects-copy");
        assertThat(receiver.apply(again, false)).isEmpty();
    }

    @Test
    void aPathLeadingOutOfThePackIsRefusedAndChangesNothing() throws IOException {
        Map<String, String> before = existingUserTemplate();
        Path pack = temp.resolve("traversal.zip");
        String text = sender.duplicate(BUNDLED.require("stronger-laws")).text();
        zip(pack, Map.of("manifest.json", manifest("stronger-laws-copy"), "../stronger-laws-copy.txt", text));

        assertRefused(pack, "\"../stronger-laws-copy.txt\" points outside the pack");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void absolutePathsBackslashesAndDriveLettersAreRefused() throws IOException {
        String text = sender.duplicate(BUNDLED.require("stronger-laws")).text();
        for (String name : List.of("/etc/stronger-laws-copy.txt", "C:/stronger-laws-copy.txt",
                "..\\stronger-laws-copy.txt", "sub/stronger-laws-copy.txt")) {
            Path pack = temp.resolve("bad.zip");
            zip(pack, Map.of("manifest.json", manifest("stronger-laws-copy"), name, text));
            assertThatThrownBy(() -> reader.read(pack)).isInstanceOf(PackException.class)
                    .hasMessageContaining("nothing was changed").hasMessageContaining(name);
        }
    }

    @Test
    void aGigabyteEntryIsRefusedWithoutInflatingItAndChangesNothing() throws IOException {
        Map<String, String> before = existingUserTemplate();
        Path pack = temp.resolve("bomb.zip");
        CraftedZip.write(pack, zip -> {
            zip.entry("manifest.json", manifest("huge").getBytes(StandardCharsets.UTF_8));
            zip.zeros("huge.txt", 1024);
        });
        assertThat(Files.size(pack)).isLessThan(2L << 20);

        assertRefused(pack, "\"huge.txt\" in it is bigger than 256 KB when unpacked");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCraftedZipIsReadableWhenItIsSmall() throws IOException {
        // Guards the bomb test: the hand-made zip is a real zip, refused for its size and nothing else.
        Path pack = temp.resolve("small.zip");
        CraftedZip.write(pack, zip -> {
            zip.entry("manifest.json", manifest("huge").getBytes(StandardCharsets.UTF_8));
            zip.zeros("huge.txt", 1);
        });
        assertThat(new java.util.zip.ZipFile(pack.toFile()).getEntry("huge.txt").getSize()).isEqualTo(1 << 20);
        assertRefused(pack, "\"huge.txt\" in it is bigger than 256 KB");
    }

    @Test
    void aDuplicateIdIsRefusedWithAClearMessageAndChangesNothing() throws IOException {
        Map<String, String> before = existingUserTemplate();
        Path pack = temp.resolve("twice.zip");
        String text = sender.duplicate(BUNDLED.require("stronger-laws")).text();
        zip(pack, Map.of("manifest.json", manifest("stronger-laws-copy", "stronger-laws-copy"),
                "stronger-laws-copy.txt", text));

        assertRefused(pack, "it lists the template id \"stronger-laws-copy\" twice");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void tooManyFilesOrTooMuchInAllIsRefused() throws IOException {
        Map<String, String> before = existingUserTemplate();
        Path many = temp.resolve("many.zip");
        Map<String, String> files = new TreeMap<>(Map.of("manifest.json", manifest("t0")));
        for (int i = 0; i <= PackLimits.DEFAULT.maxTemplates(); i++) {
            files.put("t" + i + ".txt", "x");
        }
        zip(many, files);
        assertRefused(many, "it holds more than " + PackLimits.DEFAULT.maxTemplates() + " templates");

        // Each file under the per-file limit, together over the total: counted as they inflate.
        Path big = temp.resolve("big.zip");
        Map<String, String> large = new TreeMap<>(Map.of("manifest.json", manifest("t0")));
        String almostLimit = "\n".repeat((int) PackLimits.DEFAULT.maxEntryBytes() - 1);
        for (int i = 0; i < PackLimits.DEFAULT.maxTotalBytes() / PackLimits.DEFAULT.maxEntryBytes() + 1; i++) {
            large.put("t" + i + ".txt", almostLimit);
        }
        zip(big, large);
        assertRefused(big, "its files come to more than 16 MB when unpacked");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void programsAndUnlistedFilesAreRefused() throws IOException {
        String text = sender.duplicate(BUNDLED.require("stronger-laws")).text();
        Path pack = temp.resolve("code.zip");
        zip(pack, Map.of("manifest.json", manifest("stronger-laws-copy"), "stronger-laws-copy.txt", text,
                "Install.class", "cafebabe"));
        assertRefused(pack, "\"Install.class\", which is not a template");

        zip(pack, Map.of("manifest.json", manifest("stronger-laws-copy"), "stronger-laws-copy.txt", text,
                "other.txt", text));
        assertRefused(pack, "\"other.txt\", which its manifest does not list");
    }

    @Test
    void aBrokenTemplateOrNotAZipIsRefused() throws IOException {
        Path pack = temp.resolve("broken.zip");
        String text = sender.duplicate(BUNDLED.require("stronger-laws")).text().replace("{{ask}}", "{{aks}}");
        zip(pack, Map.of("manifest.json", manifest("stronger-laws-copy"), "stronger-laws-copy.txt", text));
        int line = text.substring(0, text.indexOf("{{aks}}")).split("\n", -1).length;
        int column = text.indexOf("{{aks}}") - text.lastIndexOf('\n', text.indexOf("{{aks}}"));
        assertRefused(pack, "stronger-laws-copy.txt:" + line + ":" + column
                + ": error: Unknown placeholder {{aks}}. Did you mean {{ask}}?");

        Files.writeString(pack, "not a zip at all");
        assertRefused(pack, "it is not a template pack");
    }

    @Test
    void aPackCannotReplaceABundledTemplate() throws IOException {
        Map<String, String> before = existingUserTemplate();
        Path pack = temp.resolve("bundled.zip");
        String text = new String(TemplatePackTest.class.getResourceAsStream(
                TemplateLibrary.BUNDLED_FOLDER + "stronger-laws.txt").readAllBytes(), StandardCharsets.UTF_8);
        zip(pack, Map.of("manifest.json", manifest("stronger-laws"), "stronger-laws.txt", text));

        TemplatePack read = reader.read(pack);
        assertThatThrownBy(() -> receiver.plan(read, "bundled.zip")).isInstanceOf(PackException.class)
                .hasMessageContaining("nothing was changed").hasMessageContaining("comes with Dear MP");
        assertThat(snapshot()).isEqualTo(before);
    }

    private PackedTemplate packed(UserTemplate template) {
        return PackedTemplate.of(template.template().orElseThrow(), template.text(), template.basedOn());
    }

    private void assertRefused(Path pack, String reason) {
        assertThatThrownBy(() -> receiver.plan(reader.read(pack), pack.getFileName().toString()))
                .isInstanceOf(PackException.class)
                .hasMessageStartingWith("The template pack \"" + pack.getFileName() + "\" cannot be imported and nothing was changed")
                .hasMessageContaining(reason);
    }

    /** The receiver already has a template of their own, which a refused pack must leave alone. */
    private Map<String, String> existingUserTemplate() throws IOException {
        receiver.duplicate(BUNDLED.require("survivor-support"));
        return snapshot();
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(temp.resolve("receiver"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static String manifest(String... ids) {
        StringBuilder entries = new StringBuilder();
        for (String id : ids) {
            entries.append(entries.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
                    .append("\",\"title\":\"T\",\"version\":\"1\",\"file\":\"").append(id).append(".txt\"}");
        }
        return "{\"format\":1,\"organisation\":\"Test\",\"created\":\"2026-11-27T21:30:00Z\",\"templates\":["
                + entries + "]}";
    }

    private static void zip(Path pack, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(pack); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
