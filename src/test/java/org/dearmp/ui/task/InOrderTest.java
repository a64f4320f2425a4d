package org.dearmp.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dearmp.testsupport.HeldExecutor;
import org.junit.jupiter.api.Test;

/** Work submitted in order runs in order, one piece after another, and none is lost when the window closes. */
class InOrderTest {
    private final HeldExecutor background = new HeldExecutor();
    private final InOrder inOrder = new InOrder(background);
    private final List<String> happened = new ArrayList<>();

    private void submit(String name) {
        inOrder.submit(progress -> {
            happened.add(name);
            return name;
        }, done -> happened.add(done + " done"), error -> happened.add(name + " failed"));
    }

    @Test
    void eachPieceStartsOnlyOnceTheOneBeforeItHasFinished() {
        submit("keep");
        submit("drop");

        assertThat(background.waiting()).as("only the first is handed to the executor").isEqualTo(1);
        assertThat(inOrder.busyProperty().get()).isTrue();
        assertThat(happened).isEmpty();

        background.runAll();

        assertThat(happened).containsExactly("keep", "keep done", "drop", "drop done");
        assertThat(inOrder.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureIsToldAndTheNextPieceStillRuns() {
        inOrder.submit(progress -> {
            throw new java.io.IOException("disk full");
        }, done -> happened.add("kept"), error -> happened.add("not kept"));
        submit("drop");

        background.runAll();

        assertThat(happened).containsExactly("not kept", "drop", "drop done");
    }

    @Test
    void closingRunsWhatWaitsHereInOrderAndTheExecutorDoesNotRunItAgain() {
        submit("keep");
        submit("drop");

        inOrder.finishNow();
        assertThat(happened).containsExactly("keep", "keep done", "drop", "drop done");

        background.runAll();
        assertThat(happened).as("nothing twice").hasSize(4);
        assertThat(inOrder.busyProperty().get()).isFalse();
    }

    @Test
    void workACallbackSubmitsWhileClosingRunsHereTooNotOnTheStoppingExecutor() {
        inOrder.submit(progress -> "keep", kept -> {
            happened.add("kept");
            submit("drop");
        }, error -> happened.add("not kept"));

        inOrder.finishNow();

        assertThat(happened).containsExactly("kept", "drop", "drop done");
        assertThat(background.waiting()).as("the work the executor held was claimed at close").isEqualTo(1);
        background.runAll();
        assertThat(happened).hasSize(3);
    }
}
