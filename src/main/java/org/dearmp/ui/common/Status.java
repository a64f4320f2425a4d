package org.dearmp.ui.common;

import java.util.Objects;
import org.dearmp.DearMpException;
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
        CANCELLED
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

    /** A failure saying what went wrong in the user's words (never an exception's name or trace). */
    public static Status failure(Throwable error) {
        return failure(userMessage(error));
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
        if (error instanceof java.io.IOException && error.getMessage() != null) {
            return Messages.get("ui.error.io", error.getMessage());
        }
        return Messages.get("ui.error.unexpected");
    }

    /** True for a failure the user can act on from its message alone; anything else deserves a bug report. */
    public static boolean expected(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DearMpException || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
