package org.dearmp.ui.recent;

import java.util.List;
import java.util.Optional;
import org.dearmp.ui.wizard.BeforeAnotherLetter;
import javafx.stage.Window;
import org.dearmp.history.FollowUpKind;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.SavedLetter;

/**
 * The questions after the letter, asked on start: did the MP reply, and, when it calls for one, shall we write
 * a follow-up. "Ask me later" stops the questions until the next start; nothing is recorded for it.
 */
public final class FollowUpPrompt {
    private final Window owner;
    private final FollowUpsViewModel vm;
    private final DialogService dialogs;
    private final BeforeAnotherLetter readyForAnotherLetter;

    /** @param readyForAnotherLetter asked before a follow-up replaces the letter on screen (false: leave it) */
    public FollowUpPrompt(Window owner, FollowUpsViewModel vm, DialogService dialogs,
                          BeforeAnotherLetter readyForAnotherLetter) {
        this.owner = owner;
        this.vm = vm;
        this.dialogs = dialogs;
        this.readyForAnotherLetter = readyForAnotherLetter;
    }

    /** Asks about each letter in {@code due}, oldest first, until the writer says later or writes a follow-up. */
    public void askAbout(List<LetterHistory.Entry> due) {
        for (LetterHistory.Entry entry : due.stream()
                .sorted(java.util.Comparator.comparing(e -> e.letter().sent().on())).toList()) {
            if (!askAbout(entry.letter())) {
                return;
            }
        }
    }

    /** False when the questions should stop here (later, or a follow-up is now on screen). */
    public boolean askAbout(SavedLetter letter) {
        Optional<FollowUpKind> offer;
        if (letter.reply() == null) {
            // The dialog records the answer itself, off the FX thread, and stays open until it is kept.
            Optional<SavedLetter> replied = ReplyDialog.ask(owner, vm.question(letter), vm.replyTo(letter), dialogs);
            if (replied.isEmpty()) {
                return false;
            }
            offer = vm.offer(replied.get());
        } else {
            offer = vm.offer(letter);
        }
        if (offer.isEmpty()) {
            return true;
        }
        return !offerFollowUp(letter, offer.get());
    }

    /** "Record reply...": asks what came back, even if something was recorded; true when a follow-up is now on screen. */
    public boolean recordReply(SavedLetter letter) {
        return !askAbout(letter.withReply(null));
    }

    /** "Follow up...": offers the follow-up that fits what came back; true when it is now on screen. */
    public boolean followUp(SavedLetter letter) {
        return offerFollowUp(letter, org.dearmp.history.FollowUp.suggested(letter.sent(), letter.reply()));
    }

    /** True when the follow-up is on screen, or will be as soon as the letter there is kept (which writes a file). */
    public boolean offerFollowUp(SavedLetter letter, FollowUpKind kind) {
        boolean write = dialogs.confirm(new DialogService.Question("follow-up", Messages.get("ui.followUp.offerTitle"),
                        Messages.get("ui.followUp.offerHeader"), vm.offerText(letter, kind)),
                Messages.get("ui.followUp.write"), Messages.get("ui.followUp.notNow"));
        // Once the letter on screen is kept (or there was nothing to keep) the follow-up takes its place.
        return write && readyForAnotherLetter.thenRun(() -> vm.writeFollowUp(letter, kind));
    }
}
