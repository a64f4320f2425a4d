package org.dearmp.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.testsupport.BatchFixtures;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.task.CallingThreadExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deciding the problem rows: which seat is suggested, and which row comes next. No window needed. */
@DataTest
class BatchDecisionsTest {

    @TempDir
    Path dir;

    private BatchViewModel vm;

    @BeforeEach
    void checkTheMessyFile() throws IOException {
        vm = new BatchViewModel(BatchFixtures::service, new BatchViewTest.AnsweringChooser().dialogs, new CallingThreadExecutor(),
                file -> org.dearmp.ui.desktop.DesktopActions.Opened.OPENED);
        vm.openFile(BatchFixtures.messyCsv(dir));
        vm.check();
    }

    private IssueItem item(IssueKind kind) {
        return vm.issues().stream().filter(i -> i.issue().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void noSeatIsSuggestedForAPostcodeThatCouldNotBeRead() {
        IssueItem invalid = item(IssueKind.INVALID_POSTCODE);
        assertThat(vm.canChoose(invalid)).as("a seat can still be chosen by hand").isTrue();
        assertThat(vm.suggestedSeat(invalid)).isEmpty();
        assertThat(vm.choicesFor(invalid)).hasSize(650);
    }

    @Test
    void theLikeliestSeatIsSuggestedWhereThePostcodeWasRead() {
        IssueItem ni = item(IssueKind.NEEDS_CHOICE);
        assertThat(vm.suggestedSeat(ni)).map(c -> c.name()).hasValueSatisfying(name -> assertThat(name).startsWith("Belfast"));
        assertThat(vm.choicesFor(ni).get(0)).isEqualTo(vm.suggestedSeat(ni).orElseThrow());
        assertThat(vm.suggestedSeat(item(IssueKind.DUPLICATE))).as("nothing to choose for a duplicate").isEmpty();
    }

    @Test
    void afterADecisionTheNextRowThatWaitsComesNextWrappingRound() {
        // Rows 5 (Belfast), 7 (bad postcode), 9 (duplicate) and 10 (no name) wait; row 8 is a note only.
        assertThat(NextUndecided.after(vm.issues(), 0)).map(IssueItem::rowNumber).contains(5);
        vm.skip(7);
        assertThat(NextUndecided.after(vm.issues(), 7)).map(IssueItem::rowNumber).contains(9);
        assertThat(NextUndecided.after(vm.issues(), 8)).map(IssueItem::rowNumber).contains(9);
        vm.skip(10);
        assertThat(NextUndecided.after(vm.issues(), 10)).as("from the last, back to the top")
                .map(IssueItem::rowNumber).contains(5);
    }

    @Test
    void aRowThatStillWaitsAfterADecisionStaysWhereItIs() {
        IssueItem invalid = item(IssueKind.INVALID_POSTCODE);
        vm.fix(invalid, "still not a postcode");
        assertThat(NextUndecided.after(vm.issues(), 7)).map(IssueItem::rowNumber).contains(7);
    }

    @Test
    void onceEveryRowIsDecidedThereIsNoNextRow() {
        vm.applyDefault(org.dearmp.batch.check.DefaultPolicy.SKIP);
        assertThat(NextUndecided.after(vm.issues(), 0)).isEqualTo(Optional.empty());
    }

    @Test
    void withNoRowSelectedNothingCanBeDecided() {
        IssueSelection selection = vm.decisions().selection();
        assertThat(selection.selectedProperty().get()).isFalse();
        assertThat(selection.canKeepProperty().get()).isFalse();
        assertThat(selection.canPickSeatProperty().get()).isFalse();
        assertThat(selection.canChooseSeatProperty().get()).isFalse();
        assertThat(selection.skip()).isEmpty();
        assertThat(vm.undecidedProperty().get()).as("nothing was decided").isTrue();
    }

    @Test
    void aRowNeedingASeatHasTheLikeliestChosenAndCanBeSettledButNotKept() {
        IssueSelection selection = vm.decisions().selection();
        IssueItem belfast = item(IssueKind.NEEDS_CHOICE);
        selection.itemProperty().set(belfast);

        assertThat(selection.seats()).containsExactlyElementsOf(vm.choicesFor(belfast));
        assertThat(selection.seatProperty().get()).isEqualTo(vm.suggestedSeat(belfast).orElseThrow());
        assertThat(selection.selectedProperty().get()).isTrue();
        assertThat(selection.canPickSeatProperty().get()).isTrue();
        assertThat(selection.canChooseSeatProperty().get()).isTrue();
        assertThat(selection.canKeepProperty().get()).as("only a duplicate is kept").isFalse();

        selection.seatProperty().set(null);
        assertThat(selection.canChooseSeatProperty().get()).as("no seat in the list, nothing to settle").isFalse();
    }

    @Test
    void aRowWhosePostcodeCouldNotBeReadCanHaveASeatPickedButNoneIsChosenForIt() {
        IssueSelection selection = vm.decisions().selection();
        selection.itemProperty().set(item(IssueKind.INVALID_POSTCODE));

        assertThat(selection.canPickSeatProperty().get()).isTrue();
        assertThat(selection.seatProperty().get()).isNull();
        assertThat(selection.canChooseSeatProperty().get()).isFalse();
        assertThat(selection.detailProperty().get()).startsWith("Row 7: ");
    }

    @Test
    void aDuplicateCanBeKeptButHasNoSeatToChoose() {
        IssueSelection selection = vm.decisions().selection();
        selection.itemProperty().set(item(IssueKind.DUPLICATE));

        assertThat(selection.canKeepProperty().get()).isTrue();
        assertThat(selection.canPickSeatProperty().get()).isFalse();
        assertThat(selection.canChooseSeatProperty().get()).isFalse();
        assertThat(selection.seatProperty().get()).isNull();
    }

    @Test
    void theSelectedRowIsDecidedAndItsNumberGivenForWhatComesNext() {
        IssueSelection selection = vm.decisions().selection();
        IssueItem belfast = item(IssueKind.NEEDS_CHOICE);
        selection.itemProperty().set(belfast);
        assertThat(selection.chooseSeat()).hasValue(5);
        assertThat(vm.decisionFor(item(IssueKind.NEEDS_CHOICE))).startsWith("Settled: Belfast");

        selection.itemProperty().set(item(IssueKind.INVALID_POSTCODE));
        selection.correctionProperty().set("SW1A 1AA");
        assertThat(selection.applyCorrection()).hasValue(7);
        assertThat(selection.correctionProperty().get()).as("the correction field is emptied").isEmpty();
        assertThat(NextUndecided.after(vm.issues(), 7)).map(IssueItem::rowNumber).contains(9);
    }
}
