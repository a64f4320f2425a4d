package org.dearmp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a letter needs its writer again: the rules, on fixed dates. */
class FollowUpTest {
    private static final LocalDate SENT = LocalDate.of(2026, 11, 27);
    private static final LetterSent LETTER = new LetterSent(SENT, SentAs.POST, "stronger-laws",
            "Stronger laws against sex trafficking", "Will you back stronger laws?", null);

    @Test
    void aLetterWithNoReplyIsDueAfterFourteenDaysAndNotBefore() {
        assertThat(FollowUp.dueBy(LETTER, null, false, SENT.plusDays(13))).isEmpty();
        assertThat(FollowUp.dueBy(LETTER, null, false, SENT.plusDays(14)))
                .hasValueSatisfying(due -> {
                    assertThat(due.action()).isEqualTo(FollowUp.Action.ASK_ABOUT_REPLY);
                    assertThat(due.on()).isEqualTo(SENT.plusDays(14));
                });
    }

    @Test
    void afterTwentyEightDaysWithNothingRecordedAFollowUpIsOffered() {
        assertThat(FollowUp.dueBy(LETTER, null, false, SENT.plusDays(27)).orElseThrow().action())
                .isEqualTo(FollowUp.Action.ASK_ABOUT_REPLY);
        FollowUp due = FollowUp.dueBy(LETTER, null, false, SENT.plusDays(28)).orElseThrow();
        assertThat(due.action()).isEqualTo(FollowUp.Action.OFFER_FOLLOW_UP);
        assertThat(due.kind()).isEqualTo(FollowUpKind.NO_REPLY);
    }

    @Test
    void answeredLettersAndLettersExpectingNoReplyAreNeverDue() {
        Reply answered = new Reply(Outcome.ANSWERED, SENT.plusDays(3), "", null);
        Reply notExpected = new Reply(Outcome.NOT_EXPECTED, null, "", null);
        for (int day = 0; day < 400; day += 7) {
            assertThat(FollowUp.dueBy(LETTER, answered, false, SENT.plusDays(day))).isEmpty();
            assertThat(FollowUp.dueBy(LETTER, notExpected, false, SENT.plusDays(day))).isEmpty();
        }
        assertThat(FollowUp.next(LETTER, answered, false)).isEmpty();
    }

    @Test
    void aReplyThatDidNotAnswerOrOnlyAcknowledgedOffersAFollowUpAtOnce() {
        Reply notAnswered = new Reply(Outcome.NOT_ANSWERED, SENT.plusDays(9), "", null);
        assertThat(FollowUp.dueBy(LETTER, notAnswered, false, SENT.plusDays(9)).orElseThrow().kind())
                .isEqualTo(FollowUpKind.NOT_ANSWERED);
        Reply acknowledged = new Reply(Outcome.ACKNOWLEDGED, null, "", null);
        FollowUp due = FollowUp.dueBy(LETTER, acknowledged, false, SENT.plusDays(15)).orElseThrow();
        assertThat(due.action()).isEqualTo(FollowUp.Action.OFFER_FOLLOW_UP);
        assertThat(due.kind()).isEqualTo(FollowUpKind.NO_REPLY);
    }

    @Test
    void noReplyRecordedWaitsForTheFourWeeksBeforeAFollowUp() {
        Reply none = new Reply(Outcome.NONE, SENT.plusDays(15), "", null);
        assertThat(FollowUp.dueBy(LETTER, none, false, SENT.plusDays(20))).isEmpty();
        assertThat(FollowUp.dueBy(LETTER, none, false, SENT.plusDays(28))).isPresent();
    }

    @Test
    void aLetterFollowedUpIsNotDueAgain() {
        assertThat(FollowUp.dueBy(LETTER, null, true, SENT.plusDays(60))).isEmpty();
    }

    @Test
    void outcomesAreReadFromTheirCodesAndNothingElse() {
        assertThat(Outcome.parse(" Not-Answered ")).contains(Outcome.NOT_ANSWERED);
        assertThat(Outcome.parse("not_expected")).contains(Outcome.NOT_EXPECTED);
        assertThat(Outcome.parse("replied")).isEmpty();
        assertThat(Outcome.codes()).isEqualTo("answered, not-answered, acknowledged, not-expected, none");
    }
}
