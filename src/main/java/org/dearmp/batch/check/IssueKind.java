package org.dearmp.batch.check;

/** What can be wrong with a supporter's row. Blocking issues need a decision before the row gets a letter. */
public enum IssueKind {
    INVALID_POSTCODE(true),
    NO_CONSTITUENCY(true),
    NEEDS_CHOICE(true),
    NO_MP(true),
    MISSING_NAME(true),
    DUPLICATE(true),
    /**
     * Some characters have no glyph in any font on this computer (Liberation Serif or a fallback): the
     * letter cannot be printed without gaps, so it waits for a fix (or a skip), like any other problem.
     */
    UNPRINTABLE(true),
    /** The letter is still written as a PDF, but no email can be prepared. */
    NO_MP_EMAIL(false),
    /** The postcode is newer than the data and was placed by its nearest neighbour: worth a look. */
    NEAREST_POSTCODE(false),
    /** The supporter's email is not an address: the letter is written without it (the MP replies by post). */
    INVALID_EMAIL(false),
    /** The language column names no language letters are written in (cy or en, Cymraeg or English...). */
    UNKNOWN_LANGUAGE(true);

    private final boolean blocking;

    IssueKind(boolean blocking) {
        this.blocking = blocking;
    }

    public boolean blocking() {
        return blocking;
    }

    public String key() {
        return switch (this) {
            case INVALID_POSTCODE -> "invalidPostcode";
            case NO_CONSTITUENCY -> "noConstituency";
            case NEEDS_CHOICE -> "needsChoice";
            case NO_MP -> "noMp";
            case MISSING_NAME -> "missingName";
            case DUPLICATE -> "duplicate";
            case NO_MP_EMAIL -> "noMpEmail";
            case NEAREST_POSTCODE -> "nearestPostcode";
            case UNPRINTABLE -> "unprintable";
            case INVALID_EMAIL -> "invalidEmail";
            case UNKNOWN_LANGUAGE -> "unknownLanguage";
        };
    }
}
