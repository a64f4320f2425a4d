package org.dearmp.template;

/** What is wrong with a template. Each kind has a fixed severity. */
public enum ProblemKind {
    /** Not a valid Mustache body: an unclosed tag or section, a partial, a delimiter change... */
    SYNTAX(Severity.ERROR),
    /** A placeholder the app does not fill in (usually a typo: {{mp.nmae}}). */
    UNKNOWN_PLACEHOLDER(Severity.ERROR),
    /** The YAML header is missing, unreadable, or has a missing, unknown or wrongly typed field. */
    BAD_HEADER(Severity.ERROR),
    MISSING_ASK(Severity.ERROR),
    MISSING_SUBJECT(Severity.ERROR),
    /** Another template in the same folder already has this id. */
    DUPLICATE_ID(Severity.ERROR),
    /** Sections nested too deep, or a letter far too long: see {@link TemplateLimits}. */
    TOO_BIG(Severity.ERROR),
    /** With typical points and a short story the letter would run over one page. */
    TOO_LONG(Severity.WARNING),
    /** The body never shows {{ask}}, so the letter may end without its one clear ask. */
    ASK_NOT_IN_BODY(Severity.WARNING),
    /** The body shows neither {{points}} nor {{story}}: the writer has nowhere to add their own words. */
    NO_ROOM_FOR_OWN_WORDS(Severity.WARNING);

    private final Severity severity;

    ProblemKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
