package org.dearmp.ui.wizard;

import java.util.function.Consumer;
import org.dearmp.letter.FirstLetter;

import java.time.Clock;
import java.util.List;
import javafx.beans.Observable;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Parliament;
import org.dearmp.userdata.LetterDraft;
import org.dearmp.ui.services.TemplateChoice;
import org.dearmp.ui.wizard.letter.LetterViewModel;
import org.dearmp.ui.wizard.postcode.PostcodeViewModel;
import org.dearmp.ui.wizard.template.TemplateViewModel;

/**
 * What is typed into the steps, as one {@link LetterDraft}: read out to be saved, put back from a draft
 * or from Recent letters, cleared for a new letter. Putting a letter back is not typing, so while it is
 * done {@link #whenTyped} stays silent and nothing is saved for it.
 */
final class StepContents {
    private final Parliament parliament;
    private final PostcodeViewModel postcode;
    private final TemplateViewModel templates;
    private final LetterViewModel letter;
    private final Clock clock;
    private final Consumer<Boolean> offerFollowUpTemplates;
    private boolean quiet;
    /** The letter in the history this one follows up, or null for a first letter. */
    private String followUpOf;

    StepContents(Parliament parliament, PostcodeViewModel postcode, TemplateViewModel templates,
                 LetterViewModel letter, Clock clock, Consumer<Boolean> offerFollowUpTemplates) {
        this.offerFollowUpTemplates = offerFollowUpTemplates;
        this.parliament = parliament;
        this.postcode = postcode;
        this.templates = templates;
        this.letter = letter;
        this.clock = clock;
    }

    /** Runs {@code typed} after every change the user makes to the letter, or to {@code alsoWatched}. */
    void whenTyped(Observable alsoWatched, Runnable typed) {
        for (Observable o : List.of(postcode.inputProperty(), postcode.constituencyProperty(),
                templates.selectedProperty(), letter.nameProperty(), letter.addressProperty(),
                letter.postcodeProperty(), letter.emailProperty(), letter.phoneProperty(), letter.storyProperty(),
                letter.points(), alsoWatched)) {
            o.addListener(x -> {
                if (!quiet) {
                    typed.run();
                }
            });
        }
    }

    /** The letter as it stands, left on {@code step}. */
    LetterDraft snapshot(Step step) {
        Constituency seat = postcode.constituencyProperty().get();
        TemplateChoice template = templates.selectedProperty().get();
        return new LetterDraft(postcode.inputProperty().get(), seat == null ? null : seat.code(),
                template == null ? null : template.id(), letter.sender(), letter.pointTexts(),
                letter.storyProperty().get(), step.ordinal(), clock.instant(), followUpOf);
    }

    /**
     * Puts every word of {@code draft} back into the steps (but not the step it was on). Call {@link #quietly}.
     *
     * @param first the history's letter the draft follows up, as the caller read it (nothing is read here: this
     *              runs on the FX thread); null for a first letter, or when that letter is no longer kept
     */
    void fill(LetterDraft draft, FirstLetter first) {
        Constituency seat = draft.constituencyCode() == null ? null
                : parliament.constituency(draft.constituencyCode()).orElse(null);
        followUp(draft.followUpOf(), first);
        postcode.restore(draft.postcode(), seat);
        templates.select(draft.templateId());
        letter.setSender(draft.sender());
        letter.setPoints(draft.points());
        letter.storyProperty().set(draft.story());
    }

    /** A blank letter from {@code sender}. Call {@link #quietly}. */
    void clear(Sender sender) {
        followUp(null, null);
        postcode.inputProperty().set("");
        templates.select(null);
        letter.setSender(sender);
        letter.setPoints(List.of());
        letter.storyProperty().set("");
    }

    /**
     * Makes the letter a follow-up to the history's letter {@code id} (the follow-up templates are offered, and
     * the first letter's date, subject and ask go into it), or a first letter when {@code first} is null.
     */
    private void followUp(String id, FirstLetter first) {
        followUpOf = first == null ? null : id;
        offerFollowUpTemplates.accept(first != null);
        letter.firstLetterProperty().set(first);
    }

    String followUpOf() {
        return followUpOf;
    }

    void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }
}
