package org.dearmp.userdata;

import java.time.Instant;
import java.util.Objects;

/**
 * A letter kept so it can be reopened: one the writer finished (exported, sent or printed), or one they
 * chose to keep unfinished when starting a new letter.
 *
 * @param id            file-name safe identifier
 * @param mpName        as shown in the list, e.g. "Rachel Blake"
 * @param templateTitle as shown in the list, e.g. "Stronger laws against traffickers"
 * @param unfinished    true for a letter kept to finish later; files written before there were any read as false
 */
public record SavedLetter(String id, Instant savedAt, String mpName, String constituencyName,
                          String templateTitle, LetterDraft draft, boolean unfinished) {

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
        savedAt = savedAt == null ? Instant.now() : savedAt;
        mpName = Objects.requireNonNullElse(mpName, "");
        constituencyName = Objects.requireNonNullElse(constituencyName, "");
        templateTitle = Objects.requireNonNullElse(templateTitle, "");
    }
}
