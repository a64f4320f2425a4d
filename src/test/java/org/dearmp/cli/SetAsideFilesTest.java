package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says in one line on standard error which damaged files it set aside, once. */
class SetAsideFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private AppContext start() {
        return AppContext.forFolder(new AppDataFolder(home), CLOCK);
    }

    @Test
    void aDamagedImportedListIsSaidOnceInOneLine() throws IOException {
        Path list = Files.createDirectories(home.resolve("mp-lists")).resolve("dfe_mp_lookup_2099-01-01.csv");
        Files.writeString(list, "not,an\nmp,list\n");
        AppContext context = start();

        CliRun first = CliRun.in(context, "lookup", "SW1A 0AA");
        assertThat(first.exitCode()).isZero();
        Path aside = list.resolveSibling("dfe_mp_lookup_2099-01-01.csv.damaged-2026-12-02");
        assertThat(first.err().lines()).singleElement().asString()
                .contains("could not read a file").contains(aside.toString()).doesNotContain("Exception");
        assertThat(first.out()).contains("Cities of London and Westminster");
        assertThat(CliRun.in(context, "lookup", "SW1A 0AA").err()).as("said once").isEmpty();
        assertThat(CliRun.in(start(), "lookup", "SW1A 0AA").err()).as("the next start").isEmpty();
        assertThat(aside).hasContent("not,an\nmp,list\n");
    }
}
