package org.dearmp.ui.shell;

import java.util.List;
import java.util.Optional;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.DialogService.Role;

/** "New letter" while a letter is unfinished: keep it in Recent letters, discard it, or go back to it. */
public final class NewLetterDialog {
    enum Answer { KEEP, DISCARD, CANCEL }

    private NewLetterDialog() {
    }

    /** The user's answer, or empty when they cancelled (and the letter stays as it is). */
    public static Optional<Answer> ask(DialogService dialogs, String message) {
        DialogService.Question question = new DialogService.Question("new-letter", Messages.get("ui.newLetter.title"),
                Messages.get("ui.newLetter.header"), message);
        return dialogs.choose(question, List.of(
                new DialogService.Answer<>(Answer.KEEP, "new-letter-keep", Messages.get("ui.newLetter.keep"),
                        Role.YES, true),
                new DialogService.Answer<>(Answer.DISCARD, "new-letter-discard", Messages.get("ui.newLetter.discard"),
                        Role.OTHER, false),
                new DialogService.Answer<>(Answer.CANCEL, "new-letter-cancel", Messages.get("ui.newLetter.cancel"),
                        Role.NO, false)))
                .filter(answer -> answer != Answer.CANCEL);
    }
}
