package org.dearmp.postcode;

import org.dearmp.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled index against the real GB postcode table it was built from. */
@DataTest
class PostcodeIndexTest {

    private static final int GB_POSTCODES = 1_745_849;
    private static PostcodeIndex index;

    @BeforeAll
    static void load() {
        index = PostcodeIndex.loadBundled();
    }

    @Test
    void everyRowOfTheGbTableComesBackWithItsConstituencyAndMethod() throws IOException {
        int rows = 0;
        long textHashes = 0;
        Set<String> sectors = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.gbPostcodes()), 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                PostcodeEntry expected = new PostcodeEntry(f[1].isEmpty() ? null : f[1], switch (f[2]) {
                    case "exact" -> LocationMethod.EXACT;
                    case "nn" -> LocationMethod.NEAREST;
                    case "no_location" -> LocationMethod.NO_LOCATION;
                    default -> throw new IllegalStateException("method " + f[2]);
                });
                PostcodeEntry actual = index.find(Postcode.of(f[0])).orElse(null);
                if (!expected.equals(actual) && mismatches.size() < 10) {
                    mismatches.add(f[0] + ": expected " + expected + " but got " + actual);
                }
                textHashes += f[0].hashCode();
                sectors.add(f[0].substring(0, f[0].length() - 2));
                rows++;
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(rows).isEqualTo(GB_POSTCODES);
        assertThat(index.size()).isEqualTo(GB_POSTCODES);

        // And the other way round: what the index lists is exactly the table's postcodes and sectors.
        long[] indexHashes = {0};
        int[] count = {0};
        index.forEach((postcode, entry) -> {
            indexHashes[0] += postcode.toString().hashCode();
            count[0]++;
        });
        assertThat(count[0]).isEqualTo(GB_POSTCODES);
        assertThat(indexHashes[0]).isEqualTo(textHashes);
        assertThat(index.sectorCount()).isEqualTo(sectors.size());
        assertThat(Set.copyOf(index.sectors())).isEqualTo(sectors);
    }

    @Test
    void everyConstituencyIsAGbWestminsterSeat() {
        // 650 seats less Northern Ireland's 18
        assertThat(index.constituencyCodes()).hasSize(632).allMatch(code -> code.matches("(E14|S14|W07)\\d{6}"));
    }

    @Test
    void knownPostcodesFindTheirSeatAndMethod() {
        assertThat(index.find(Postcode.of("SW1A 0AA")))
                .contains(new PostcodeEntry("E14001172", LocationMethod.EXACT));
        assertThat(index.find(Postcode.of("WA7 1AA")).map(PostcodeEntry::method)).contains(LocationMethod.EXACT);
        assertThat(index.find(Postcode.of("AB10 1AB"))).contains(new PostcodeEntry("S14000061", LocationMethod.EXACT));
    }

    @Test
    void aPostcodeNotInTheDataIsNotGivenANeighboursSeat() {
        // SW1A 0AA exists; SW1A 0AB is a well-formed unit in the same sector that does not.
        assertThat(index.find(Postcode.of("SW1A 0AA"))).isPresent();
        assertThat(index.find(Postcode.of("SW1A 0ZZ"))).isEmpty();
        assertThat(index.find(Postcode.of("SW1A 9AA"))).isEmpty(); // sector not in the data
        assertThat(index.find(Postcode.of("BT1 1AA"))).isEmpty();  // Northern Ireland is not in the GB table
        assertThat(index.find(Postcode.of("JE2 3AB"))).isEmpty();
        assertThat(index.find(Postcode.of("FIQQ 1ZZ"))).isEmpty();
        assertThat(index.find(Postcode.of("BFPO 123"))).isEmpty();
    }

    @Test
    void nearestAndNoLocationPostcodesKeepTheirMethod() {
        assertThat(index.find(Postcode.of("AB43 1AJ"))).contains(new PostcodeEntry(null, LocationMethod.NO_LOCATION));
        assertThat(index.find(Postcode.of("AB10 1DJ"))).contains(new PostcodeEntry("S14000061", LocationMethod.NEAREST));
        assertThat(index.find(Postcode.of("AB10 1AB"))).contains(new PostcodeEntry("S14000061", LocationMethod.EXACT));
    }

    @Test
    void aSplitSectorCountsItsPostcodesPerSeatMostFirst() {
        Map<String, Integer> counts = index.sectorCounts("SW1A 1");
        // In the table: 64 in Cities of London and Westminster, 2 in its neighbour E14001081.
        assertThat(counts).containsExactly(Map.entry("E14001172", 64), Map.entry("E14001081", 2));
        assertThat(index.sectorCounts("sw1a1")).isEqualTo(counts);
        assertThat(index.sectorCounts("ZZ9 9")).isEmpty();
        assertThat(index.sectorCounts("nonsense")).isEmpty();
    }

    @Test
    void districtCountsAddUpItsSectors() {
        Map<String, Integer> district = index.districtCounts("WA7");
        int fromSectors = 0;
        for (int digit = 0; digit <= 9; digit++) {
            fromSectors += index.sectorCounts("WA7 " + digit).values().stream().mapToInt(Integer::intValue).sum();
        }
        assertThat(district.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(fromSectors).isPositive();
    }

    @Test
    void loadsFromAFileAndRefusesABrokenOne(@TempDir Path dir) throws Exception {
        Path bundled = Path.of(PostcodeIndex.class.getResource(PostcodeIndex.BUNDLED_RESOURCE).toURI());
        assertThat(PostcodeIndex.load(bundled).size()).isEqualTo(GB_POSTCODES);

        byte[] bytes = Files.readAllBytes(bundled);
        Path truncated = dir.resolve("truncated.idx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> PostcodeIndex.load(truncated)).isInstanceOf(IOException.class)
                .hasMessageContaining("truncated");
        Path notAnIndex = dir.resolve("other.idx");
        Files.writeString(notAnIndex, "postcode,pcon24cd,method\n");
        assertThatThrownBy(() -> PostcodeIndex.load(notAnIndex)).isInstanceOf(IOException.class)
                .hasMessageContaining("Not a Dear MP postcode index");
    }

    @Test
    void theBuildIsSkippedWhenTheIndexIsNewerAndCurrent(@TempDir Path dir) throws IOException {
        Path idx = dir.resolve("postcodes.idx");
        assertThat(PostcodeIndexWriter.isUpToDate(SharedData.gbPostcodes(), idx)).isFalse();
        Files.write(idx, new byte[] {'D', 'M', 'P', 'I', 0, 0, 0, 99, 0, 0, 0, 0});
        assertThat(PostcodeIndexWriter.isUpToDate(SharedData.gbPostcodes(), idx)).as("old format").isFalse();
    }
}
