package org.dearmp.parliament;

import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

@DataTest
class ParliamentDataTest {
    private final ParliamentData parliament = RealMps.BUNDLED;

    @Test
    void bundledDataHasEveryConstituencyAndItsMp() {
        assertThat(parliament.constituencies()).hasSize(650);
        assertThat(parliament.constituencies()).allSatisfy(c -> assertThat(parliament.member(c.code())).isPresent());
        assertThat(parliament.northernIreland()).hasSize(18).allSatisfy(c -> assertThat(c.country())
                .isEqualTo("Northern Ireland"));
        assertThat(parliament.constituencies().stream().filter(c -> c.country().equals("Wales"))).hasSize(32);
        assertThat(parliament.constituencies().stream().filter(c -> c.country().equals("Scotland"))).hasSize(57);
    }

    @Test
    void citiesOfLondonAndWestminsterIsRachelBlakes() {
        Constituency seat = parliament.constituency("E14001172").orElseThrow();
        assertThat(seat.name()).isEqualTo("Cities of London and Westminster");
        assertThat(seat.region()).isEqualTo("London");
        Member mp = parliament.member("E14001172").orElseThrow();
        assertThat(mp.displayName()).isEqualTo("Rachel Blake");
        assertThat(mp.party()).isEqualTo("Labour (Co-op)");
        assertThat(mp.email()).isEqualTo("rachel.blake.mp@parliament.uk");
        assertThat(mp.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void welshSeatsKeepTheirWelshNames() {
        Constituency bridgend = parliament.constituencies().stream().filter(c -> c.name().equals("Bridgend"))
                .findFirst().orElseThrow();
        assertThat(bridgend.welsh()).contains("Pen-y-bont");
        assertThat(bridgend.displayName()).isEqualTo("Bridgend / Pen-y-bont");
        assertThat(parliament.constituencies().stream().filter(c -> c.welsh().isPresent())).hasSize(23);
    }

    @Test
    void theDatasWrongWelshNamesArePutRight() {
        assertThat(seat("Gower").displayName()).isEqualTo("Gower / Gŵyr");
        assertThat(seat("Montgomeryshire and Glyndŵr").welsh()).contains("Maldwyn a Glyndŵr");
        // Its official name is Welsh in both languages: the data's Welsh column says "Carmarthen".
        assertThat(seat("Caerfyrddin").welsh()).isEmpty();
        assertThat(seat("Caerfyrddin").displayName()).isEqualTo("Caerfyrddin");
    }

    private Constituency seat(String name) {
        return parliament.constituencies().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listIsValidAsOfItsDateAndSaysWhereItCameFrom() {
        assertThat(parliament.dataAsOf()).isEqualTo(LocalDate.of(2026, 6, 27));
        assertThat(parliament.source()).contains("27 June 2026").contains("Members API");
    }

    @Test
    void warnsOnlyWhenTheListIsMoreThanSixMonthsOld() {
        assertThat(parliament.isOutOfDate(LocalDate.of(2026, 12, 27))).isFalse();
        assertThat(parliament.ageWarning(LocalDate.of(2026, 12, 27))).isEmpty();
        assertThat(parliament.isOutOfDate(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(parliament.ageWarning(LocalDate.of(2027, 3, 1))).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("27 June 2026").contains("more than six months");
    }

    @Test
    void unknownCodeHasNoConstituency() {
        assertThat(parliament.constituency("E14999999")).isEmpty();
        assertThat(parliament.member("E14999999")).isEqualTo(Optional.empty());
    }
}
