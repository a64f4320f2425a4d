package org.dearmp.lookup;

import org.dearmp.testsupport.DataTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.dearmp.parliament.Constituency;
import org.junit.jupiter.api.Test;

/** The real lookup: Chorley is PR7, Cardiff South and Penarth is CF10 1EP. */
@DataTest
class SeatCheckTest {
    private static final LookupService LOOKUP = LookupServiceTest.SERVICE;
    private static final Constituency CHORLEY = LOOKUP.parliament().constituency("E14001170").orElseThrow();
    private static final Constituency CARDIFF_SOUTH = LOOKUP.parliament().constituency("W07000091").orElseThrow();

    @Test
    void aCardiffAddressOnALetterToChorleyIsAMismatch() {
        SeatCheck.Mismatch mismatch = SeatCheck.check(LOOKUP.lookup("cf101ep"), CHORLEY).orElseThrow();
        assertThat(mismatch.postcode()).hasToString("CF10 1EP");
        assertThat(mismatch.home()).isEqualTo(CARDIFF_SOUTH);
        assertThat(mismatch.letterSeat()).isEqualTo(CHORLEY);
    }

    @Test
    void anAddressInTheSeatIsFine() {
        assertThat(SeatCheck.check(LOOKUP.lookup("CF10 1EP"), CARDIFF_SOUTH)).isEmpty();
        assertThat(SeatCheck.check(LOOKUP.lookup("PR7 1AB"), CHORLEY)).isEmpty();
    }

    @Test
    void partialUnknownAndNorthernIrelandPostcodesRaiseNoAlarm() {
        for (String unsure : new String[] {"", "CF10", "CF10 1", "XYZ 123", "BT1 1AA", "JE2 3AB", "CF10 9ZZ"}) {
            assertThat(SeatCheck.check(LOOKUP.lookup(unsure), CHORLEY)).as(unsure).isEmpty();
        }
        assertThat(SeatCheck.check(LOOKUP.lookup("CF10 1EP"), null)).isEmpty();
    }

    @Test
    void aSeatTheSectorAlsoReachesRaisesNoAlarm() {
        // The AB10 1 sector is split between two Aberdeen seats.
        LookupResult.Found split = (LookupResult.Found) LOOKUP.lookup("AB10 1AB");
        assertThat(split.alternatives()).isNotEmpty();
        assertThat(SeatCheck.check(split, split.alternatives().get(0).constituency())).isEmpty();
    }
}
