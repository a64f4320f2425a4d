package org.dearmp.template.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePack;
import org.dearmp.template.pack.TemplatePackReader;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.testsupport.KilledChild;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process importing a pack of templates over older versions of them, killed with SIGKILL: once the next
 * start has settled what it left, each data folder holds every template of the pack or none of it, never a mix.
 */
class PackImportKilledTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final int TEMPLATES = 40;

    @TempDir
    Path temp;

    /** A pack of many templates, so that a kill often lands in the middle of an import. */
    private Path pack() {
        UserTemplateStore sender = new UserTemplateStore(temp.resolve("sender"), PackImportingChild.CHECKER,
                PackImportingChild.bundledIds());
        TemplateLibrary bundled = TemplateLibrary.bundled(PackImportingChild.CHECKER);
        List<PackedTemplate> packed = new ArrayList<>();
        for (int i = 0; i < TEMPLATES; i++) {
            UserTemplate copy = sender.duplicate(bundled.templates().get(i % bundled.templates().size()));
            packed.add(PackedTemplate.of(copy.template().orElseThrow(), copy.text(), copy.basedOn()));
        }
        Path pack = temp.resolve("many.dearmp");
        new TemplatePackWriter(CLOCK, PackLimits.DEFAULT).write(pack, "Leeds Campaign Group", packed);
        return pack;
    }

    @ParameterizedTest(name = "killed after {0} imports")
    @ValueSource(ints = {0, 2, 9})
    void everyFolderHoldsAllOfThePackOrNone(int imports) throws Exception {
        Path pack = pack();
        TemplatePack read = new TemplatePackReader(PackImportingChild.CHECKER, PackLimits.DEFAULT).read(pack);
        Map<String, String> newer = read.templates().stream()
                .collect(Collectors.toMap(PackedTemplate::id, PackedTemplate::text, (a, b) -> a, TreeMap::new));
        Map<String, String> older = read.templates().stream()
                .collect(Collectors.toMap(PackedTemplate::id, PackImportingChild::older, (a, b) -> a, TreeMap::new));
        Path work = temp.resolve("work");

        List<String> printed;
        try (KilledChild child = KilledChild.start(temp, List.of(), PackImportingChild.class.getName(),
                work.toString(), pack.toString())) {
            // Killed just after it starts an import: after the line saying the older versions are in place.
            child.awaitMarkers("ready ", imports + 1);
            printed = child.killAndCollect();
        }
        int finished = KilledChild.lastNumber(printed, PackImportingChild.MARKER);
        int started = KilledChild.lastNumber(printed, "ready ");
        assertThat(finished).isGreaterThanOrEqualTo(imports);

        for (int n = 1; n <= started; n++) {
            Path home = work.resolve(Integer.toString(n));
            AppContext.forFolder(new AppDataFolder(home), CLOCK).cleanUpAfterAKilledRun();
            UserTemplateStore store = new UserTemplateStore(home.resolve(UserTemplateStore.FOLDER),
                    PackImportingChild.CHECKER, PackImportingChild.bundledIds());
            Map<String, String> left = store.list().stream()
                    .collect(Collectors.toMap(UserTemplate::id, UserTemplate::text, (a, b) -> a, TreeMap::new));
            if (n <= finished) {
                assertThat(left).as("import %d finished", n).isEqualTo(newer);
            } else {
                assertThat(left).as("import %d, killed: all of the pack or none", n).isIn(newer, older);
            }
            try (var files = Files.list(home.resolve(UserTemplateStore.FOLDER))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("nothing but templates and their side files").allMatch(name -> name.endsWith(".txt")
                                || name.equals("origins.json") || name.equals("organisation.json"));
            }
        }
    }
}
