package org.dearmp.batch;

/**
 * Hears how a long batch job is going, and may stop it. The GUI wraps one in a JavaFX task; the
 * command line prints a line now and then. Called on the worker thread.
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {
    };

    /** {@code rows} supporters have been read and looked up so far. */
    default void checked(int rows) {
    }

    /** Letters written so far, of how many, and a fair guess at the time left. */
    default void progress(BatchProgress progress) {
    }

    /** Polled between letters: return true to stop at the next safe point. Work done so far is kept. */
    default boolean cancelled() {
        return false;
    }
}
