package org.dearmp.ui.mplist;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.DialogButtons;
import org.dearmp.ui.common.OwnerSized;
import org.dearmp.ui.common.Windows;

/** The screen after File &gt; Update MP list…: the new list's date, how many seats changed, and each change. */
public final class MpListChangesDialog {
    /** Rows shown before the list scrolls; the dialog may be made taller. */
    private static final int ROWS_SHOWN = 8;
    /** A row's height in ems: the seat, and what changed on a line below it. */
    private static final double ROW_EMS = 3.4;

    private MpListChangesDialog() {
    }

    /** From now on, each time {@code vm} has imported a list, the changes screen opens over {@code owner}. */
    public static void showChangesOf(Window owner, MpListUpdateViewModel vm) {
        vm.changesProperty().addListener((obs, old, now) -> {
            if (now != null) {
                create(owner, now).show();
            }
        });
    }

    public static Alert create(Window owner, MpListUpdateViewModel.Changes changes) {
        Alert alert = Windows.dialog(new Alert(Alert.AlertType.NONE, "", DialogButtons.close()), owner);
        alert.setTitle(Messages.get("ui.mpList.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("mp-list-dialog");
        Label heading = Controls.text("mp-list-heading", changes.heading(), "subheading");
        Label summary = Controls.text("mp-list-summary", changes.summary());
        VBox box = new VBox(heading, summary);
        box.getStyleClass().add("about");
        ListView<MpListUpdateViewModel.SeatChange> seats = new ListView<>();
        if (!changes.seats().isEmpty()) {
            // A list rather than labels: it takes the focus, so the arrow keys and Page Down go through the seats.
            seats.setId("mp-list-changes");
            seats.getItems().setAll(changes.seats());
            seats.setAccessibleText(Messages.get("ui.mpList.changesAccessible"));
            // The summary ("3 seats have a different MP...") names the list, for a screen reader.
            summary.setLabelFor(seats);
            seats.setCellFactory(list -> new SeatCell(list));
            // Room for two lines a seat, in the window's text size: a long list scrolls, a short one is not padded.
            double em = OwnerSized.fontSize(owner);
            seats.setPrefHeight(Math.min(ROWS_SHOWN, changes.seats().size()) * ROW_EMS * em + em);
            seats.setMinHeight(Math.min(3, changes.seats().size()) * ROW_EMS * em);
            box.getChildren().add(seats);
        }
        box.getChildren().add(Controls.text("mp-list-in-use", Messages.get("ui.mpList.inUse"), "hint-text"));
        alert.getDialogPane().setContent(box);
        // As wide as a seat and its change on one line, but never wider than the window, at any text size.
        OwnerSized.fit(alert, box, owner, 48);
        if (!changes.seats().isEmpty()) {
            var sizeToScene = alert.getOnShown();
            alert.setOnShown(e -> {
                sizeToScene.handle(e);
                seats.requestFocus();
            });
            // A list takes Escape for itself (to cancel an edit it never has), so the dialog would stay open.
            seats.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    ((Button) alert.getDialogPane().lookupButton(DialogButtons.close())).fire();
                }
            });
        }
        return alert;
    }

    /** The seat in bold, what changed below it; read out as one sentence. */
    private static final class SeatCell extends ListCell<MpListUpdateViewModel.SeatChange> {
        private final Label seat = new Label();
        private final Label change = new Label();
        private final VBox lines = new VBox(seat, change);

        SeatCell(ListView<MpListUpdateViewModel.SeatChange> list) {
            seat.getStyleClass().add("card-title");
            change.setWrapText(true);
            // The cell takes the list's width rather than its text's, and the change wraps in it: at large text
            // sizes a long change goes onto a second line instead of behind a sideways scroll bar.
            setPrefWidth(0);
            lines.maxWidthProperty().bind(list.widthProperty().subtract(30));
            change.maxWidthProperty().bind(list.widthProperty().subtract(30));
        }

        @Override
        protected void updateItem(MpListUpdateViewModel.SeatChange item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : lines);
            setAccessibleText(empty || item == null ? null : item.line());
            if (item != null && !empty) {
                seat.setText(item.seat());
                change.setText(item.change());
            }
        }
    }
}
