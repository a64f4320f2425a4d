package org.dearmp.parliament;

import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

@DataTest
class MemberNoteTest {
    private final ParliamentData parliament = RealMps.BUNDLED;

    private long seatsWith(MemberNote note) {
        return parliament.constituencies().stream().filter(c -> parliament.notes(c.code()).contains(note)).count();
    }

    @Test
    void theSpeakerIsFlagged() {
        Member hoyle = RealMps.named("Sir Lindsay Hoyle");
        assertThat(MemberNote.of(Optional.of(hoyle))).containsExactly(MemberNote.SPEAKER);
        assertThat(seatsWith(MemberNote.SPEAKER)).isEqualTo(1);
        assertThat(MemberNote.SPEAKER.text()).contains("Speaker").contains("minister");
    }

    @Test
    void sinnFeinMpsAreFlaggedAsAbstentionist() {
        assertThat(MemberNote.of(Optional.of(RealMps.named("John Finucane")))).containsExactly(MemberNote.ABSTENTIONIST);
        assertThat(seatsWith(MemberNote.ABSTENTIONIST)).isEqualTo(7);
        assertThat(MemberNote.of(Optional.of(RealMps.named("Órfhlaith Begley"))))
                .containsExactly(MemberNote.ABSTENTIONIST, MemberNote.NO_EMAIL);
        assertThat(MemberNote.ABSTENTIONIST.text()).contains("do not vote");
    }

    @Test
    void missingAndNonParliamentEmailsAreFlagged() {
        assertThat(MemberNote.of(Optional.of(RealMps.named("Sir Julian Lewis")))).containsExactly(MemberNote.NO_EMAIL);
        assertThat(MemberNote.of(Optional.of(RealMps.named("Daniel Zeichner"))))
                .containsExactly(MemberNote.NON_PARLIAMENT_EMAIL);
        assertThat(seatsWith(MemberNote.NO_EMAIL)).isEqualTo(4);
        assertThat(seatsWith(MemberNote.NON_PARLIAMENT_EMAIL)).isEqualTo(6);
    }

    @Test
    void aVacantSeatIsFlagged() {
        assertThat(MemberNote.of(Optional.empty())).containsExactly(MemberNote.VACANT_SEAT);
        assertThat(MemberNote.VACANT_SEAT.text()).contains("vacant");
    }

    @Test
    void anOrdinaryMpHasNoNotes() {
        assertThat(MemberNote.of(Optional.of(RealMps.named("Rachel Blake")))).isEmpty();
    }
}
