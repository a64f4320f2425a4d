package org.dearmp.template;

import java.util.Objects;

/**
 * One thing wrong with a template file, at a place in the WHOLE file (header included).
 *
 * @param file    the file name or path as the user knows it
 * @param line    1-based line in the file
 * @param column  1-based column (in characters) in that line
 * @param message plain English, says what to do
 */
public record TemplateProblem(String file, int line, int column, ProblemKind kind, String message) {
    public TemplateProblem {
        file = Objects.requireNonNullElse(file, "");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    public Severity severity() {
        return kind.severity();
    }

    public boolean isError() {
        return kind.severity() == Severity.ERROR;
    }

    /** "stronger-laws.txt:12:5: error: ..." as compilers print it, for the command line. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + kind.severity().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + message;
    }
}
