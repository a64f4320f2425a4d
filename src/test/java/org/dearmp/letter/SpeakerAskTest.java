package org.dearmp.letter;

import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dearmp.template.AskKind;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFields;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

/** The Speaker (Sir Lindsay Hoyle, Chorley) does not campaign or vote: a campaigning ask becomes one he can act on. */
@DataTest
class SpeakerAskTest {
    private static final TemplateLibrary BUNDLED = Bundled.templates();
    private static final RealMps.Seat SPEAKER = RealMps.byConstituencyName("Chorley");
    private static final RealMps.Seat BOLTON = RealMps.byConstituencyName("Bolton South and Walkden");
    private static final String SPEAKERS_ASK = "I know that as Speaker you do not take part in campaigns or votes. "
            + "Will you please pass my concerns on to the relevant minister, ask for the minister's reply, "
            + "and send it on to me?";
    private final Sender writer = new Sender("Sam Jones", List.of("1 Market Street", "Chorley"), "PR7 1AB", "", "");

    private LetterRequest request(String templateId, RealMps.Seat seat) {
        return LetterRequest.of(BUNDLED.require(templateId), seat.member(), seat.constituency(), writer,
                LocalDate.of(2026, 11, 27));
    }

    private static String text(LetterRequest request) {
        return PlainTextLetter.document(new LetterComposer().compose(request));
    }

    @Test
    void aCampaigningAskToTheSpeakerAsksForTheMinistersReplyInstead() {
        for (String id : List.of("survivor-support", "traffick-free-supply-chains", "written-question", "own-words")) {
            LetterTemplate template = BUNDLED.require(id);
            assertThat(template.header().askKind()).as(id).isEqualTo(AskKind.CAMPAIGN);
            assertThat(text(request(id, SPEAKER))).as(id).contains(SPEAKERS_ASK).doesNotContain(template.ask());
            assertThat(text(request(id, BOLTON))).as(id).contains(template.ask()).doesNotContain(SPEAKERS_ASK);
        }
    }

    @Test
    void aCaseworkAskIsOneTheSpeakerCanActOnAsItIs() {
        for (String id : List.of("stronger-laws", "frontline-training", "visit-local-projects")) {
            LetterTemplate template = BUNDLED.require(id);
            assertThat(template.header().askKind()).as(id).isEqualTo(AskKind.CASEWORK);
            assertThat(text(request(id, SPEAKER))).as(id).contains(template.ask()).doesNotContain(SPEAKERS_ASK);
        }
    }

    @Test
    void theWritersOwnAskIsKept() {
        assertThat(text(request("survivor-support", SPEAKER).withAsk("Could we meet at your next surgery?")))
                .contains("Could we meet at your next surgery?").doesNotContain(SPEAKERS_ASK);
    }

    @Test
    void theSpeakersAskCountsAsTemplateWordsNotTheWriters() {
        LetterGuidance guidance = new LetterComposer(org.dearmp.export.pdf.LetterPdfExporter.measure()).draft(request("survivor-support", SPEAKER)).guidance();
        assertThat(guidance.ownWordCount()).isZero();
    }

    @Test
    void askKindIsReadCheckedAndWrittenBack() {
        TemplateChecker checker = new TemplateChecker();
        String header = "---\nid: t\ntitle: T\nsubject: S\nask: Will you write to the minister for me?\n";
        String body = "---\nI live in the {{constituency.name}} constituency.\n\n{{story}}\n\n{{ask}}\n";
        LetterTemplate casework = checker.check(header + "askKind: Casework\n" + body, "t.txt", false).template()
                .orElseThrow();
        assertThat(casework.header().askKind()).isEqualTo(AskKind.CASEWORK);
        assertThat(checker.check(header + body, "t.txt", false).template().orElseThrow().header().askKind())
                .isEqualTo(AskKind.CAMPAIGN);
        TemplateChecker.Result bad = checker.check(header + "askKind: lobbying\n" + body, "t.txt", false);
        assertThat(bad.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("\"lobbying\"")
                .contains("campaign").contains("casework"));
        assertThat(bad.errors().get(0).line()).as("the askKind line").isEqualTo(6);
        // The editor's form keeps it.
        TemplateFields fields = TemplateFields.of(casework);
        assertThat(fields.toText()).contains("askKind: casework");
        assertThat(checker.check(fields.toText(), "t.txt", false).template().orElseThrow().header().askKind())
                .isEqualTo(AskKind.CASEWORK);
    }
}
