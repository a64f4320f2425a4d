package org.dearmp.template;

import java.util.Locale;
import java.util.Optional;

/**
 * What sort of thing a template's ask asks the MP to do: the header's {@code askKind} field. It matters
 * for a letter to the Speaker, who by convention does not campaign or vote (except to break a tie).
 */
public enum AskKind {
    /** To campaign, press, vote or speak on an issue: the Speaker gets an ask they can act on instead. The default. */
    CAMPAIGN,
    /** Work any MP does for a constituent, the Speaker included: writing to a minister for them, a local visit. */
    CASEWORK;

    /** The word a template file uses: "campaign" or "casework". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a template file names, whatever its case; empty for a word that is not one. */
    public static Optional<AskKind> fromWord(String word) {
        for (AskKind kind : values()) {
            if (kind.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
