package org.dearmp.ui.wizard.postcode;

import static org.dearmp.ui.common.Controls.labelFor;
import static org.dearmp.ui.common.Controls.showWhen;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.Candidate;
import org.dearmp.parliament.Constituency;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.Keyboard;
import org.dearmp.ui.common.ListRows;

/** Step 1: the postcode field, what the lookup made of it, and the seat choosers. */
public final class PostcodeView extends VBox {
    private final TextField postcode = Controls.field("postcode-field", "ui.postcode.prompt");

    public PostcodeView(PostcodeViewModel vm) {
        this(vm, () -> { });
    }

    /** @param next goes on to the next step: Enter in a seat list does, once a seat is chosen */
    public PostcodeView(PostcodeViewModel vm, Runnable next) {
        setId("step-postcode");
        getStyleClass().addAll("step", "narrow-step");

        Label heading = Controls.heading("postcode-heading", Messages.get("ui.postcode.heading"));
        Label intro = Controls.text("postcode-intro", Messages.get("ui.postcode.intro"), "intro");

        postcode.textProperty().bindBidirectional(vm.inputProperty());
        postcode.getStyleClass().add("postcode-field");
        postcode.setPrefColumnCount(10);
        postcode.setMaxWidth(USE_PREF_SIZE);
        Label fieldLabel = labelFor("postcode-label", "ui.postcode.label", postcode);

        Label message = Controls.text("postcode-message", "", "message");
        message.textProperty().bind(vm.messageProperty());
        message.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        vm.stateProperty().addListener((obs, old, now) -> styleFor(message, now));
        styleFor(message, vm.stateProperty().get());
        postcode.accessibleHelpProperty().bind(vm.messageProperty());

        // Candidates: for CHOOSE, and for a found postcode whose sector is split between seats.
        Label reason = Controls.text("choose-reason", "", "reason");
        reason.textProperty().bind(vm.chooseReasonProperty());
        showWhen(reason, vm.chooseReasonProperty().isNotEmpty());

        ListView<Candidate> candidates = new ListView<>(vm.candidates());
        candidates.setId("candidate-list");
        candidates.getStyleClass().add("choice-list");
        candidates.setCellFactory(list -> new CandidateCell());
        // Just tall enough for its rows, up to six, and never squeezed shorter (the page scrolls instead).
        ListRows.fitItems(candidates, 6);
        Keyboard.enterChoosesThenGoesOn(candidates, next);
        Label candidatesLabel = labelFor("candidate-label", "ui.postcode.candidates", candidates);
        candidates.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.choose(now.constituency());
            }
        });
        vm.candidates().addListener((javafx.collections.ListChangeListener<Candidate>) c ->
                candidates.getSelectionModel().clearSelection());
        BooleanBinding hasCandidates = Bindings.isNotEmpty(vm.candidates());
        VBox candidateBox = new VBox(candidatesLabel, candidates);
        candidateBox.getStyleClass().add("field-group");
        showWhen(candidateBox, hasCandidates);

        // The last resort: every seat, searchable.
        var showAll = Controls.link("show-all-seats", "ui.postcode.showAll", e -> vm.allSeatsShownProperty().set(true));
        showWhen(showAll, vm.allSeatsShownProperty().not().and(vm.stateProperty().isNotEqualTo(PostcodeState.EMPTY)));
        TextField search = Controls.field("seat-search", "ui.postcode.searchPrompt");
        search.textProperty().bindBidirectional(vm.seatFilterProperty());
        Label searchLabel = labelFor("seat-search-label", "ui.postcode.search", search);
        ListView<Constituency> seats = new ListView<>(vm.allSeats());
        seats.setId("all-seats-list");
        seats.getStyleClass().add("choice-list");
        seats.setAccessibleText(Messages.get("ui.postcode.allSeats"));
        seats.setCellFactory(list -> new SeatCell());
        // Five rows at the least, eight when there is room, and the rest of the window when there is more.
        ListRows.atLeast(seats, 5, 8);
        Keyboard.enterChoosesThenGoesOn(seats, next);
        VBox.setVgrow(seats, Priority.ALWAYS);
        seats.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.choose(now);
            }
        });
        Label chosen = Controls.text("chosen-seat", "", "chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.chosenProperty().get() == null ? ""
                : Messages.get("ui.postcode.chosen", vm.chosenProperty().get().displayName()), vm.chosenProperty()));
        showWhen(chosen, vm.chosenProperty().isNotNull());
        Label seatsLabel = labelFor("all-seats-label", "ui.postcode.allSeatsLabel", seats);
        VBox allSeatsBox = new VBox(searchLabel, search, seatsLabel, seats);
        allSeatsBox.getStyleClass().add("field-group");
        showWhen(allSeatsBox, vm.allSeatsShownProperty());
        VBox.setVgrow(allSeatsBox, Priority.ALWAYS);

        HBox fieldRow = new HBox(postcode);
        fieldRow.getStyleClass().add("row");
        getChildren().addAll(heading, intro, fieldLabel, fieldRow, message, reason, candidateBox, chosen, showAll,
                allSeatsBox);
    }

    private static void styleFor(Label message, PostcodeState state) {
        message.getStyleClass().removeAll("ok", "warning", "error", "hint");
        message.getStyleClass().add(switch (state) {
            case FOUND -> "ok";
            case CHOOSE -> "warning";
            case NO_LOCATION, NOT_REPRESENTED, INVALID -> "error";
            case EMPTY, TYPING -> "hint";
        });
    }

    /** Puts the cursor in the postcode field, as the step opens. */
    public void focusFirst() {
        postcode.requestFocus();
        postcode.end();
    }

    private static final class CandidateCell extends ListCell<Candidate> {
        @Override
        protected void updateItem(Candidate item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.count() > 0
                    ? Messages.get("ui.postcode.candidate", item.constituency().displayName(), item.count())
                    : item.constituency().displayName());
        }
    }

    private static final class SeatCell extends ListCell<Constituency> {
        @Override
        protected void updateItem(Constituency item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : Messages.get("ui.postcode.seat", item.displayName(), item.region().isBlank()
                            ? item.country() : item.region()));
        }
    }
}
