package org.dearmp.userdata;

import java.time.Instant;
import java.util.Objects;
import org.dearmp.history.LetterSent;
import org.dearmp.history.Reply;

/**
 * A letter kept so it can be reopened: one the writer finished (exported, sent or printed), or one they
 * chose to keep unfinished when starting a new letter.
 *
 * @param id            file-name safe identifier
 * @param mpName        as shown in the list, e.g. "Rachel Blake"
 * @param templateTitle as shown in the list, e.g. "Stronger laws against traffickers"
 * @param savedAt       when its draft was last saved; null only in a file that does not say, which the store
 *                      dates by the file's own time
 * @param unfinished    true for a letter kept to finish later; files written before there were any read as false
 * @param sent          what the letter history keeps of it once it went (date, subject, ask, how); null for
 *                      one not sent, or kept before there was a history
 * @param reply         what the writer recorded of the MP's reply; null for nothing yet
 */
public record SavedLetter(String id, Instant savedAt, String mpName, String constituencyName,
                          String templateTitle, LetterDraft draft, boolean unfinished, LetterSent sent,
                          Reply reply) {

    public SavedLetter(String id, Instant savedAt, String mpName, String constituencyName, String templateTitle,
                       LetterDraft draft, boolean unfinished) {
        this(id, savedAt, mpName, constituencyName, templateTitle, draft, unfinished, null, null);
    }

    /** A finished letter. */
    public SavedLetter(String id, Instant savedAt, String mpName, String constituencyName, String templateTitle,
                       LetterDraft draft) {
        this(id, savedAt, mpName, constituencyName, templateTitle, draft, false);
    }

    public SavedLetter {
        Objects.requireNonNull(draft, "draft");
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Not a letter id: " + id);
        }
        mpName = Objects.requireNonNullElse(mpName, "");
        constituencyName = Objects.requireNonNullElse(constituencyName, "");
        templateTitle = Objects.requireNonNullElse(templateTitle, "");
    }

    /** Dated {@code when}, and its draft too when that has no date of its own. */
    public SavedLetter withSavedAt(Instant when) {
        LetterDraft dated = draft.savedAt() != null ? draft : draft.withSavedAt(when);
        return new SavedLetter(id, when, mpName, constituencyName, templateTitle, dated, unfinished, sent, reply);
    }

    public SavedLetter withSent(LetterSent newSent) {
        return new SavedLetter(id, savedAt, mpName, constituencyName, templateTitle, draft, unfinished, newSent, reply);
    }

    public SavedLetter withReply(Reply newReply) {
        return new SavedLetter(id, savedAt, mpName, constituencyName, templateTitle, draft, unfinished, sent, newReply);
    }
}
