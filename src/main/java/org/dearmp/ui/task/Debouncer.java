package org.dearmp.ui.task;

/**
 * Runs the latest of a burst of actions once the burst is over (e.g. saving a draft as the user types).
 * Each kind of action has its own slot, named by a key: a new action replaces only the one waiting
 * under the same key, so a text-size change never drops a draft save that is still waiting.
 */
public interface Debouncer {

    /** Replaces the action still waiting under {@code key}, if any, with this one; other keys wait on. */
    void submit(String key, Runnable action);

    /** For a user with only one kind of action: every action shares one slot. */
    default void submit(Runnable action) {
        submit("", action);
    }

    /** Runs every waiting action now, oldest first (on closing the window, before a new letter). */
    void flush();

    /** For tests: every action runs at once. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void submit(String key, Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
            }
        };
    }
}
