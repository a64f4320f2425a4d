package org.dearmp.core;

/**
 * A failure the user can act on. {@link #getMessage()} is plain English, fit to show in a dialog
 * or print on the command line; never include personal data that should not reach a log.
 */
public class DearMpException extends RuntimeException {
    public DearMpException(String userMessage) {
        super(userMessage);
    }

    public DearMpException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
