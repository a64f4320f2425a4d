package org.dearmp.ui.wizard;

import org.dearmp.history.LetterSent;
import org.dearmp.letter.FirstLetter;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.userdata.RecentLetters;
import org.dearmp.userdata.SavedLetter;

/**
 * Puts a letter back into the steps, and onto the step it was left on. A follow-up's first letter (its date,
 * subject and ask go into the follow-up) is read from the history on the background executor first, so the FX
 * thread never waits on its file.
 */
final class LetterFill {
    private final StepContents contents;
    private final StepNavigation steps;
    private final RecentLetters recent;
    private final BackgroundExecutor executor;

    LetterFill(StepContents contents, StepNavigation steps, RecentLetters recent, BackgroundExecutor executor) {
        this.contents = contents;
        this.steps = steps;
        this.recent = recent;
        this.executor = executor;
    }

    /** Fills the steps from {@code draft}, then runs {@code then}: at once, or once its first letter is read. */
    void fill(LetterDraft draft, Runnable then) {
        String id = draft.followUpOf();
        if (id == null) {
            fillNow(draft, null);
            then.run();
            return;
        }
        executor.submit(progress -> recent.get(id).map(SavedLetter::sent).map(LetterFill::firstLetter), first -> {
            fillNow(draft, first.orElse(null));
            then.run();
        }, unreadable -> {
            // As for a first letter no longer kept: the words are back, as a letter of its own.
            fillNow(draft, null);
            then.run();
        });
    }

    /** Fills the steps from {@code draft}, a follow-up to {@code first} (null for none), reading nothing. */
    void fillNow(LetterDraft draft, FirstLetter first) {
        contents.quietly(() -> {
            contents.fill(draft, first);
            steps.goAsFarAs(draft.step());
        });
    }

    static FirstLetter firstLetter(LetterSent sent) {
        return new FirstLetter(sent.on(), sent.subject(), sent.ask());
    }
}
