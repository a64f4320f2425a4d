package org.dearmp.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

@DataTest
class NiSectorTableTest {

    private final NiSectorTable table = NiSectorTable.loadBundled();

    @Test
    void aBelfastSectorListsItsCandidatesMostFirst() {
        // ni_sector_candidates_ROUGH.csv: BT1 1,N05000003:40 N05000002:12 N05000004:1
        assertThat(table.candidates("BT1 1")).containsExactly(
                Map.entry("N05000003", 40), Map.entry("N05000002", 12), Map.entry("N05000004", 1));
        assertThat(table.candidates(" bt1  1 ")).isEqualTo(table.candidates("BT1 1"));
    }

    @Test
    void theWholeRealTableLoadsAndItsTyposAreSkipped() {
        // 279 rows; two of them ("BTB5 6" and "BT48 " with no sector digit) are not BT sectors.
        assertThat(table.sectors()).hasSize(277).allMatch(s -> s.matches("BT\\d{1,2} \\d"));
        assertThat(table.sectors()).doesNotContain("BTB5 6");
        assertThat(table.sectors().stream().flatMap(s -> table.candidates(s).keySet().stream()).distinct())
                .hasSize(18).allMatch(code -> code.matches("N05\\d{6}"));
    }

    @Test
    void unknownSectorsAreEmptyAndADistrictSumsItsSectors() {
        assertThat(table.candidates("BT99 9")).isEmpty();
        assertThat(table.candidates("SW1A 0")).isEmpty();
        Map<String, Integer> district = table.districtCandidates("BT1");
        int sectorsTotal = table.sectors().stream().filter(s -> s.startsWith("BT1 "))
                .flatMap(s -> table.candidates(s).values().stream()).mapToInt(Integer::intValue).sum();
        assertThat(district.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sectorsTotal).isPositive();
        assertThat(List.copyOf(district.values())).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(table.districtCandidates("BT99")).isEmpty();
    }

    @Test
    void aBrokenCandidateIsAnError() {
        String csv = "sector,candidates(code:count),n_candidates\nBT1 1,N05000003=40,1\n";
        assertThatThrownBy(() -> NiSectorTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }
}
