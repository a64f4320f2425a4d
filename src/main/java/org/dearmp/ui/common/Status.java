package org.dearmp.ui.common;

import java.util.Objects;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/**
 * What the last action on a screen came to, with its kind, so a failure never looks like a success:
 * the view gives each kind its own style and sign (see {@link StatusLabel}). No JavaFX here, so view
 * models can hold one.
 */
public record Status(Kind kind, String text) {

    public enum Kind {
        /** Nothing to say: the status line is hidden. */
        NONE,
        /** An action has started and is not finished. */
        WORKING,
        SUCCESS,
        FAILURE,
        /** The user stopped the action (closed a file chooser, cancelled a dialog): nothing happened. */
        CANCELLED,
        /** Worth knowing, neither success nor failure: a read-only template, changes not saved yet. */
        NOTE
    }

    public static final Status NONE = new Status(Kind.NONE, "");

    public Status {
        Objects.requireNonNull(kind, "kind");
        text = Objects.requireNonNullElse(text, "");
    }

    public static Status working(String text) {
        return new Status(Kind.WORKING, text);
    }

    public static Status success(String text) {
        return new Status(Kind.SUCCESS, text);
    }

    public static Status failure(String text) {
        return new Status(Kind.FAILURE, text);
    }

    public static Status cancelled(String text) {
        return new Status(Kind.CANCELLED, text);
    }

    public static Status note(String text) {
        return new Status(Kind.NOTE, text);
    }

    public boolean shown() {
        return kind != Kind.NONE;
    }

    /** What to tell the user: a domain exception says it; anything else is a plain "went wrong". */
    public static String userMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DearMpException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && t.getMessage() != null) {
                // Not the exception's message: for most file errors that is only a path.
                return Messages.get("ui.error.io", org.dearmp.store.FileProblems.why(t));
            }
        }
        return Messages.get("ui.error.unexpected");
    }

    /**
     * True for a failure the user can act on from its message alone (a domain exception, a file that
     * could not be written); anything else is a bug and deserves the error dialog and a report.
     */
    public static boolean expected(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if ((t instanceof DearMpException || t instanceof java.io.IOException) && t.getMessage() != null) {
                return true;
            }
        }
        return false;
    }
}
