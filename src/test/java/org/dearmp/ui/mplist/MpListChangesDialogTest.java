package org.dearmp.ui.mplist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dearmp.testsupport.AccessibilityAudit;
import org.dearmp.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screen after an MP list update: the seats that changed, each read out as one sentence, the keys working. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class MpListChangesDialogTest {
    private static final MpListUpdateViewModel.Changes CHANGES = new MpListUpdateViewModel.Changes(
            "Dear MP now uses the MP list of 1 November 2026",
            "2 seats have a different MP or party since the list of 27 June 2026:", List.of(
            new MpListUpdateViewModel.SeatChange("Aldridge-Brownhills",
                    "was Wendy Morton (Conservative), now Wendy Morton (Independent)"),
            new MpListUpdateViewModel.SeatChange("Cities of London and Westminster",
                    "was Rachel Blake (Labour (Co-op)), now vacant (no MP until a by-election)")));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theChangesAreListedAndTheListHasTheFocus(FxRobot robot) throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert shown = MpListChangesDialog.create(stage, CHANGES);
            shown.show();
            return shown;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        var pane = alert.getDialogPane();
        assertThat(((Label) pane.lookup("#mp-list-heading")).getText()).contains("1 November 2026");
        assertThat(((Label) pane.lookup("#mp-list-summary")).getText()).startsWith("2 seats have");
        @SuppressWarnings("unchecked")
        ListView<MpListUpdateViewModel.SeatChange> seats = (ListView<MpListUpdateViewModel.SeatChange>) pane
                .lookup("#mp-list-changes");
        assertThat(seats.getItems()).extracting(MpListUpdateViewModel.SeatChange::line).containsExactly(
                "Aldridge-Brownhills: was Wendy Morton (Conservative), now Wendy Morton (Independent)",
                "Cities of London and Westminster: was Rachel Blake (Labour (Co-op)), now vacant "
                        + "(no MP until a by-election)");
        assertThat(seats.isFocused()).as("the arrow keys go through the seats at once").isTrue();
        assertThat(pane.lookupAll(".list-cell")).anyMatch(cell -> ("Aldridge-Brownhills: was Wendy Morton "
                + "(Conservative), now Wendy Morton (Independent)").equals(cell.getAccessibleText()));
        // The Close button is in the dialog's button bar, which the audit skips: the list is all it sees.
        assertThat(AccessibilityAudit.problems(pane)).filteredOn(p -> !p.startsWith("only ")).isEmpty();

        robot.targetWindow(pane.getScene().getWindow());
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seats.getFocusModel().getFocusedIndex()).as("Down goes to the next seat").isEqualTo(1);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alert.isShowing()).as("Escape closes it").isFalse();
    }

    @Test
    void withNoChangesThereIsNoEmptyList() throws Exception {
        MpListUpdateViewModel.Changes none = new MpListUpdateViewModel.Changes(CHANGES.heading(),
                "No MP or party has changed since the list of 27 June 2026.", List.of());
        Alert alert = WaitForAsyncUtils.asyncFx(() -> MpListChangesDialog.create(stage, none)).get(10,
                TimeUnit.SECONDS);

        assertThat(alert.getDialogPane().lookup("#mp-list-changes")).isNull();
        assertThat(((Label) alert.getDialogPane().lookup("#mp-list-summary")).getText()).startsWith("No MP");
    }
}
