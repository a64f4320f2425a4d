package org.dearmp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.dearmp.app.AppContext;
import org.dearmp.history.FollowUp;
import org.dearmp.history.LetterSent;
import org.dearmp.history.SentAs;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.FirstLetter;
import org.dearmp.letter.Letter;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.LetterHistory;
import org.dearmp.userdata.SavedLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * {@code dear-mp letter}'s history options: a letter written is kept in the letter history (unless the writer
 * says not to, here or in the app's settings), and {@code --follow-up ID} writes the follow-up to one kept there.
 */
final class LetterHistoryOptions {
    private static final Logger LOG = LoggerFactory.getLogger(LetterHistoryOptions.class);
    /** The wizard's last step: a letter reopened from the history opens where it was sent from. */
    private static final int SEND_STEP = 4;

    @Option(names = "--no-history")
    boolean noHistory;

    @Option(names = "--follow-up", paramLabel = "ID")
    String followUpId;

    /** The first letter a follow-up follows up, or null when this is not a follow-up. */
    SavedLetter firstLetter(AppContext context) {
        return followUpId == null ? null : context.letterHistory().find(followUpId);
    }

    /** The follow-up letter that fits what came back: a thank-you for an answer, else a chaser. */
    static String followUpTemplate(SavedLetter first, org.dearmp.template.user.TemplateCatalog catalog) {
        return catalog.followUpTemplateId(FollowUp.suggested(first.sent(), first.reply()), first.sent().templateId());
    }

    /**
     * A follow-up is written from a follow-up template, which names the first letter; any other would quietly
     * make a first letter again. A follow-up without --postcode also says the address will lack it.
     */
    void refuseUnlessFollowUp(SavedLetter first, org.dearmp.template.LetterTemplate template,
                              org.dearmp.template.user.TemplateCatalog catalog) {
        if (first != null && !org.dearmp.template.user.TemplateCatalog.isFollowUp(template)) {
            throw new org.dearmp.core.DearMpException(Messages.get("cli.letter.notAFollowUp", template.id(),
                    String.join(", ", catalog.followUps().stream().map(org.dearmp.template.LetterTemplate::id).toList())));
        }
    }

    static FirstLetter named(SavedLetter first) {
        return new FirstLetter(first.sent().on(), first.sent().subject(), first.sent().ask());
    }

    /**
     * Keeps the letter just written in the history; says so, or why not (the letter itself is written either way).
     * Only what the history lists is kept: the seat, the template, the subject, the ask, the date and how it
     * went. The writer's name, address, postcode and words stay in the letter they saved, not in the data
     * folder, so a follow-up asks for the name again.
     */
    void record(AppContext context, Letter letter, String seatCode, String seatName, String mpName,
                String templateTitle, SentAs how, SavedLetter first, PrintWriter report) {
        if (noHistory || context.settings().load().historyOff()) {
            return;
        }
        LetterDraft draft = new LetterDraft("", seatCode, letter.templateId(), null, List.of(), "", SEND_STEP,
                Instant.now(context.clock()));
        LetterSent sent = new LetterSent(letter.date(), how, letter.templateId(), letter.subject(), letter.ask(),
                first == null ? null : first.id());
        try {
            SavedLetter kept = context.recentLetters().saveSent(null, mpName, seatName, templateTitle, draft, sent);
            report.println(Messages.get("cli.letter.kept", LetterHistory.shortId(kept.id())));
        } catch (IOException e) {
            LOG.warn("Could not keep the letter in the history: {}", e.getMessage());
            report.println(Messages.get("cli.letter.notKept"));
        }
    }
}
