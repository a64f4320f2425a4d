package org.dearmp.letter;

import java.util.Optional;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;
import org.dearmp.template.AskKind;
import org.dearmp.template.LetterTemplate;

/**
 * The ask a letter to the Speaker can be acted on. By convention the Speaker does not campaign or vote
 * (except to break a tie), so a template's campaigning ask becomes a request to pass the writer's
 * concerns to the relevant minister and send on the minister's reply. Casework asks stay as they are.
 */
public final class SpeakerAsk {

    private SpeakerAsk() {
    }

    /** True when the letter to {@code member} gets the Speaker's ask in place of the template's. */
    public static boolean applies(LetterTemplate template, Member member) {
        return template.header().askKind() == AskKind.CAMPAIGN
                && MemberNote.of(Optional.of(member)).contains(MemberNote.SPEAKER);
    }

    /** The ask for this template and MP: the Speaker's where it applies, the template's otherwise. */
    public static String forMember(LetterTemplate template, Member member) {
        if (!applies(template, member)) {
            return template.ask();
        }
        // A Welsh letter asks in Welsh, whatever language the app is shown in.
        return template.header().language() == org.dearmp.i18n.Language.ENGLISH ? text()
                : LetterWords.of(template.header().language()).speakerAsk();
    }

    /** "Will you please pass my concerns on to the relevant minister...". */
    public static String text() {
        return Messages.get("letter.ask.speaker");
    }
}
