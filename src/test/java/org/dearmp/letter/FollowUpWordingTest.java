package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dearmp.history.FollowUpKind;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.RealMps;
import org.junit.jupiter.api.Test;

/**
 * The "no reply yet" follow-ups are also offered after an acknowledgement only (history.FollowUp), so they must be
 * true of both: an MP's office that sent an acknowledgement is not told its letter never came or went astray.
 */
@DataTest
class FollowUpWordingTest {
    private static final TemplateLibrary BUNDLED = Bundled.templates();

    @Test
    void theNoReplyFollowUpsAreTrueAfterAnAcknowledgementToo() {
        RealMps.Seat seat = RealMps.all().get(0);
        Sender sender = new Sender("Sam Writer", List.of("12 Example Street"), "SA1 1AA", "", "");
        for (String id : List.of(FollowUpKind.NO_REPLY.templateId(), FollowUpKind.NO_REPLY.templateId() + "-cy")) {
            LetterRequest request = LetterRequest.of(BUNDLED.require(id), seat.member(), seat.constituency(), sender,
                    LocalDate.of(2026, 12, 2)).withFirstLetter(
                    new FirstLetter(LocalDate.of(2026, 11, 2), "Stronger laws", "Will you act?"));
            String body = PlainTextLetter.body(new LetterComposer().compose(request));

            assertThat(body).as(id).contains("Stronger laws", "Will you act?")
                    .doesNotContainIgnoringCase("not yet had a reply").doesNotContain("astray")
                    .doesNotContain("Nid wyf wedi cael ateb eto").doesNotContain("ar goll");
        }
    }
}
