package org.dearmp.ui.recent;

import java.util.Optional;
import org.dearmp.core.UkDates;
import org.dearmp.history.FollowUp;
import org.dearmp.history.FollowUpKind;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.wizard.WizardViewModel;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.SavedLetter;

/**
 * After the letter: on start, the letters whose MP may have replied by now are asked about, one at a time; a
 * reply recorded that calls for it (none after four weeks, only an acknowledgement, or no answer) offers a
 * follow-up letter, which the wizard then opens on the letter step.
 */
public final class FollowUpsViewModel {
    private final LetterHistory history;
    private final WizardViewModel wizard;

    public FollowUpsViewModel(LetterHistory history, WizardViewModel wizard) {
        this.history = history;
        this.wizard = wizard;
    }

    /** "You wrote to Llinos Medi MP on 27 November 2026 about "Stronger laws". Did they reply?" */
    public String question(SavedLetter letter) {
        return Messages.get("ui.followUp.question", letter.mpName(), UkDates.date(letter.sent().on()),
                letter.sent().subject());
    }

    /**
     * The question "did they reply?" about {@code letter}: what the writer answers is recorded today, with their
     * note and the reply's file (copied into the data folder), on the wizard's background executor.
     */
    public ReplyViewModel replyTo(SavedLetter letter) {
        return new ReplyViewModel(history, letter, wizard.executor());
    }

    /** The follow-up letter due for {@code letter} today (a thank-you is never due, only offered on asking). */
    public Optional<FollowUpKind> offer(SavedLetter letter) {
        return FollowUp.dueBy(letter.sent(), letter.reply(), false, history.today())
                .filter(step -> step.action() == FollowUp.Action.OFFER_FOLLOW_UP).map(FollowUp::kind);
    }

    /** "Write a follow-up to your letter of 27 November 2026 ...": words for the offer. */
    public String offerText(SavedLetter letter, FollowUpKind kind) {
        return Messages.get("ui.followUp.offer." + kind.name(), letter.mpName(), UkDates.date(letter.sent().on()));
    }

    /** Opens the follow-up in the wizard; keep the letter on screen first. */
    public void writeFollowUp(SavedLetter letter, FollowUpKind kind) {
        wizard.startFollowUp(letter, kind);
    }

    public WizardViewModel wizard() {
        return wizard;
    }
}
