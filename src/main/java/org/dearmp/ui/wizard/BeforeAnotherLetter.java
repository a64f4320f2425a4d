package org.dearmp.ui.wizard;

/**
 * Asked before another letter (a new one, a reopened one, a follow-up) replaces the letter on screen: the window
 * offers to keep an unfinished letter first. Keeping it writes a file, on the background executor, so what comes
 * next runs once the letter is safely kept, not at once.
 */
@FunctionalInterface
public interface BeforeAnotherLetter {

    /**
     * Makes the letter on screen safe, then runs {@code next}: at once, or once it is kept. False when the user would
     * rather go back to their letter: {@code next} never runs. True does not promise it has run yet (if keeping
     * fails, the user is told and the letter stays on screen).
     */
    boolean thenRun(Runnable next);

    /** Nothing to ask: {@code next} runs at once. */
    BeforeAnotherLetter NOTHING_TO_ASK = next -> {
        next.run();
        return true;
    };
}
