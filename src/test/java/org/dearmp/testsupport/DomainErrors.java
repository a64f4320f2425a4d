package org.dearmp.testsupport;

import org.dearmp.core.DearMpException;

/**
 * The property every fuzz test checks: whatever the input, the code under test gives a result or a
 * {@link DearMpException} carrying a message for the user. Any other throwable (a RuntimeException, an
 * OutOfMemoryError, a StackOverflowError) escapes and is the finding.
 */
public final class DomainErrors {

    /** What the fuzz test runs on one input. */
    @FunctionalInterface
    public interface Run {
        void run() throws Exception;
    }

    private DomainErrors() {
    }

    public static void allowed(Run run) throws Exception {
        try {
            run.run();
        } catch (DearMpException e) {
            // A message nobody can read would reach the user as a blank dialog: that is a finding too.
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("A domain error without a message for the user", e);
            }
        }
    }
}
