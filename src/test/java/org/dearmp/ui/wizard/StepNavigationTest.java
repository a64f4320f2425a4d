package org.dearmp.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** Where the wizard may go from each step, as far as the steps before it are complete. No window needed. */
class StepNavigationTest {

    private final SimpleBooleanProperty postcode = new SimpleBooleanProperty();
    private final SimpleBooleanProperty mp = new SimpleBooleanProperty();
    private final SimpleBooleanProperty template = new SimpleBooleanProperty();
    private final SimpleBooleanProperty letter = new SimpleBooleanProperty();
    private final StepNavigation steps = new StepNavigation(postcode, mp, template, letter, new SimpleBooleanProperty());

    @Test
    void onlyACompleteStepLeadsOn() {
        assertThat(steps.canGoNextProperty().get()).isFalse();
        steps.next();
        assertThat(steps.current()).isEqualTo(Step.POSTCODE);

        postcode.set(true);
        assertThat(steps.canGoNextProperty().get()).isTrue();
        steps.next();
        assertThat(steps.current()).isEqualTo(Step.MP);
        assertThat(steps.canGoBackProperty().get()).isTrue();
        assertThat(steps.canGoNextProperty().get()).as("the MP step is not complete yet").isFalse();
    }

    @Test
    void aStepCanBeVisitedOnceEveryStepBeforeItIsComplete() {
        postcode.set(true);
        mp.set(true);
        var letterVisitable = steps.visitableBinding(Step.LETTER);
        assertThat(letterVisitable.get()).isFalse();
        steps.goTo(Step.LETTER);
        assertThat(steps.current()).isEqualTo(Step.POSTCODE);

        template.set(true);
        assertThat(letterVisitable.get()).isTrue();
        steps.goTo(Step.LETTER);
        assertThat(steps.current()).isEqualTo(Step.LETTER);
    }

    @Test
    void aDraftLeftOnALaterStepThanCanBeReachedOpensOnTheFurthestThatCan() {
        postcode.set(true);
        steps.goAsFarAs(Step.SEND.ordinal());
        assertThat(steps.current()).isEqualTo(Step.MP);

        steps.goAsFarAs(99);
        assertThat(steps.current()).as("a step number from a newer app").isEqualTo(Step.MP);
    }
}
