package org.dearmp.ui.batch;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;

/**
 * The problem row the organiser has selected in the check's table, and what can be decided for it:
 * skip any row, keep a duplicate, choose a seat (the likeliest one already chosen where the postcode
 * was read) or correct the value in its column. The view binds {@link #itemProperty()} to the table's
 * selection; every button's enabling is a binding here.
 */
public final class IssueSelection {

    private final BatchDecisionsModel decisions;
    private final ObjectProperty<IssueItem> item = new SimpleObjectProperty<>();
    private final ObservableList<Constituency> seats = FXCollections.observableArrayList();
    private final ObjectProperty<Constituency> seat = new SimpleObjectProperty<>();
    private final StringProperty correction = new SimpleStringProperty("");
    // One read-only view of the list, kept: a fresh wrapper per call could be collected with its listeners.
    private final ObservableList<Constituency> seatsView = FXCollections.unmodifiableObservableList(seats);

    private final BooleanBinding selected;
    private final BooleanBinding canKeep;
    private final BooleanBinding canPickSeat;
    private final BooleanBinding canChooseSeat;
    private final StringBinding detail;

    IssueSelection(BatchDecisionsModel decisions) {
        this.decisions = decisions;
        item.addListener((obs, old, now) -> {
            seats.setAll(now == null ? List.of() : decisions.choicesFor(now));
            seat.set(now == null ? null : decisions.suggestedSeat(now).orElse(null));
        });
        selected = item.isNotNull();
        canKeep = Bindings.createBooleanBinding(() -> item.get() != null && decisions.canKeep(item.get()), item);
        canPickSeat = Bindings.createBooleanBinding(() -> item.get() != null && decisions.canChoose(item.get()), item);
        canChooseSeat = canPickSeat.and(seat.isNotNull());
        detail = Bindings.createStringBinding(() -> item.get() == null ? ""
                : Messages.get("ui.batch.issues.detail", item.get().rowNumber(), item.get().problem()), item);
    }

    /** Skips the selected row. @return the row decided, or empty when none is selected */
    public OptionalInt skip() {
        return decide(row -> decisions.skip(row.rowNumber()));
    }

    /** Keeps the selected duplicate row. @return the row decided, or empty when none is selected */
    public OptionalInt keep() {
        return canKeep.get() ? decide(row -> decisions.keep(row.rowNumber())) : OptionalInt.empty();
    }

    /** Settles the selected row's seat as the one chosen. @return the row decided, or empty when none could be */
    public OptionalInt chooseSeat() {
        Constituency chosen = seat.get();
        return canChooseSeat.get() ? decide(row -> decisions.choose(row.rowNumber(), chosen)) : OptionalInt.empty();
    }

    /** Puts the correction into the selected row's column and checks the row again; the correction is cleared. */
    public OptionalInt applyCorrection() {
        String value = correction.get();
        OptionalInt decided = decide(row -> decisions.fix(row, value));
        decided.ifPresent(row -> correction.set(""));
        return decided;
    }

    private OptionalInt decide(Consumer<IssueItem> decision) {
        IssueItem row = item.get();
        if (row == null) {
            return OptionalInt.empty();
        }
        decision.accept(row);
        return OptionalInt.of(row.rowNumber());
    }

    /** The selected line of the table, or null; bound by the view to the table's selection. */
    public ObjectProperty<IssueItem> itemProperty() {
        return item;
    }

    /** The seats to choose from for the selected row: the likely ones first, then every seat. */
    public ObservableList<Constituency> seats() {
        return seatsView;
    }

    /** The seat chosen in the list; set to the likeliest one when a row is selected. */
    public ObjectProperty<Constituency> seatProperty() {
        return seat;
    }

    /** The corrected value typed for the selected row's column. */
    public StringProperty correctionProperty() {
        return correction;
    }

    /** A row is selected: it can be skipped, or its value corrected. */
    public BooleanBinding selectedProperty() {
        return selected;
    }

    /** The selected row is a duplicate, which can be kept. */
    public BooleanBinding canKeepProperty() {
        return canKeep;
    }

    /** A seat can be chosen for the selected row (its postcode gave none, or one worth checking). */
    public BooleanBinding canPickSeatProperty() {
        return canPickSeat;
    }

    /** A seat can be chosen for the selected row, and one is. */
    public BooleanBinding canChooseSeatProperty() {
        return canChooseSeat;
    }

    /** "Row 7: ..." for the selected row; empty when none is. */
    public StringBinding detailProperty() {
        return detail;
    }
}
