package org.dearmp.ui.task;

/** Runs the latest of a burst of actions once the burst is over (e.g. saving a draft as the user types). */
public interface Debouncer {

    /** Replaces any action still waiting with this one. */
    void submit(Runnable action);

    /** Runs the waiting action now, if there is one (on closing the window). */
    void flush();

    /** For tests: every action runs at once. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void submit(Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
            }
        };
    }
}
