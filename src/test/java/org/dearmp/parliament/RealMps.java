package org.dearmp.parliament;

import java.nio.file.Path;
import org.dearmp.store.AppDataFolder;

/** The real bundled data, for tests: MPs found by name, and the raw DfE extract in ../shared/data. */
final class RealMps {
    static final ParliamentData BUNDLED =
            new ParliamentRepository(new AppDataFolder(Path.of("target", "no-such-data-folder"))).bundled();

    private RealMps() {
    }

    static Member named(String displayName) {
        return BUNDLED.constituencies().stream()
                .flatMap(c -> BUNDLED.member(c.code()).stream())
                .filter(m -> m.displayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("No MP called " + displayName));
    }

    static Path dfeExtract() {
        return Path.of(System.getProperty("dearmp.data", "../shared/data"), "parliament",
                "dfe_mp_lookup_2026-06-27.csv");
    }
}
