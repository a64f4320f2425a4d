package org.dearmp.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A letter the writer finished (exported, sent or printed), kept so it can be reopened.
 *
 * @param id            file-name safe identifier
 * @param mpName        as shown in the list, e.g. "Rachel Blake"
 * @param templateTitle as shown in the list, e.g. "Stronger laws against traffickers"
 */
public record SavedLetter(String id, Instant savedAt, String mpName, String constituencyName,
                          String templateTitle, LetterDraft draft) {
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
