package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Regions;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The batch summary names the nations and regions in Welsh in a Welsh run, and as the data does in English. */
@DataTest
class WelshRegionNamesTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private CliRun batch(String folder, String... before) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(before));
        args.addAll(java.util.List.of("batch", "--input", BatchFixtures.messyCsv(dir).toString(), "--template",
                "stronger-laws", "--out", dir.resolve(folder).toString()));
        return userData.run(args.toArray(String[]::new));
    }

    @Test
    void aWelshRunNamesTheRegionsInWelsh() throws Exception {
        CliRun run = batch("allan", "--language", "cy");

        assertThat(run.out()).contains("Cymru (rhanbarth): 3", "Yr Alban (rhanbarth): 1",
                "Gogledd-orllewin Lloegr (rhanbarth): 1").doesNotContain("Wales", "Scotland", "North West");
        String summary = Files.readString(dir.resolve("allan/summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).contains(",Cymru,", ",\"Yr Alban\",", ",\"Gogledd-orllewin Lloegr\",")
                .doesNotContain("Wales", "Scotland", "North West");
    }

    @Test
    void anEnglishRunKeepsTheDatasNames() throws Exception {
        CliRun run = batch("out");

        assertThat(run.out()).contains("Region Wales: 3", "Region Scotland: 1", "Region North West: 1");
    }

    @Test
    void everyRegionOfTheDataHasItsWelshName() {
        java.util.Set<String> regions = new java.util.TreeSet<>();
        BatchFixtures.PARLIAMENT.constituencies().forEach(c -> regions.add(c.region()));
        assertThat(regions).hasSize(12);
        for (String region : regions) {
            assertThat(Messages.bundleOf(Language.WELSH).containsKey(Regions.key(region))).as(region).isTrue();
            assertThat(Messages.in(Language.WELSH, Regions.key(region))).as(region).isNotEqualTo(region)
                    .doesNotContain("''");
        }
    }
}
