package org.dearmp.template;

import java.util.List;
import java.util.Objects;
import org.dearmp.i18n.Messages;

/**
 * One thing wrong with a template file, at a place in the WHOLE file (header included).
 *
 * @param file    the file name or path as the user knows it
 * @param line    1-based line in the file
 * @param column  1-based column (in characters) in that line
 * @param message plain English, says what to do (in the words of the file format)
 * @param key     the message key the message was made from, or empty; with {@code args}, lets a screen say the
 *                same thing in its own words (the template editor speaks of its boxes, not of header fields)
 * @param args    the values filled into the message
 */
public record TemplateProblem(String file, int line, int column, ProblemKind kind, String message, String key,
                              List<Object> args) {
    public TemplateProblem {
        file = Objects.requireNonNullElse(file, "");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
        key = Objects.requireNonNullElse(key, "");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem whose message is not from a known key. */
    public TemplateProblem(String file, int line, int column, ProblemKind kind, String message) {
        this(file, line, column, kind, message, "", List.of());
    }

    /** A problem whose message is the text for {@code key} with {@code args}. */
    public static TemplateProblem of(String file, int line, int column, ProblemKind kind, String key,
                                     Object... args) {
        return new TemplateProblem(file, line, column, kind, Messages.get(key, args), key, List.of(args));
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
