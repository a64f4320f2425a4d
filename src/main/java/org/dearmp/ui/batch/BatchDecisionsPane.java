package org.dearmp.ui.batch;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.FocusScroller;

/**
 * The batch screen's check section: the problems found, and deciding each row, one by one or all at
 * once. After each decision the next row that waits is selected, so the organiser can go down the list.
 */
final class BatchDecisionsPane {
    private final BatchViewModel vm;
    private final IssueSelection selection;
    /** Where focus goes once every row is decided. */
    private final Supplier<Node> afterTheLastRow;
    private final TableView<IssueItem> table;

    BatchDecisionsPane(BatchViewModel vm, Supplier<Node> afterTheLastRow) {
        this.vm = vm;
        this.selection = vm.decisions().selection();
        this.afterTheLastRow = afterTheLastRow;
        table = new TableView<>(vm.issues());
    }

    VBox build() {
        Label summary = Controls.text("batch-check-summary", "");
        summary.textProperty().bind(vm.checkSummaryProperty());

        table.setId("batch-issues");
        table.setAccessibleText(Messages.get("ui.batch.issues.accessible"));
        table.setPlaceholder(new Label(Messages.get("ui.batch.issues.none")));
        table.setPrefHeight(220);
        table.getColumns().add(column("ui.batch.issues.row", 60, i -> Integer.toString(i.rowNumber())));
        table.getColumns().add(column("ui.batch.issues.column", 120, IssueItem::column));
        table.getColumns().add(column("ui.batch.issues.problem", 480, IssueItem::problem));
        table.getColumns().add(column("ui.batch.issues.decision", 120, vm::decisionFor));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        selection.itemProperty().bind(table.getSelectionModel().selectedItemProperty());

        Label detail = Controls.text("batch-issue-detail", "", "hint-text");
        detail.textProperty().bind(selection.detailProperty());
        VBox section = BatchSection.of("batch-check-section", "ui.batch.section.check", summary, table, detail,
                decideRow(), fixRow(), policyRow());
        Controls.showWhen(section, vm.checkProperty().isNotNull());
        return BatchSection.titling(section, table);
    }

    private HBox decideRow() {
        Button skip = Controls.button("batch-skip", "ui.batch.decide.skip", e -> decided(selection.skip()));
        skip.disableProperty().bind(selection.selectedProperty().not());
        Button keep = Controls.button("batch-keep", "ui.batch.decide.keep", e -> decided(selection.keep()));
        keep.disableProperty().bind(selection.canKeepProperty().not());
        ComboBox<Constituency> seat = new ComboBox<>(selection.seats());
        seat.setId("batch-seat");
        seat.setPromptText(Messages.get("ui.batch.decide.seatPrompt"));
        seat.setConverter(new StringConverter<>() {
            @Override
            public String toString(Constituency c) {
                return c == null ? "" : c.displayName();
            }

            @Override
            public Constituency fromString(String s) {
                return null;
            }
        });
        seat.valueProperty().bindBidirectional(selection.seatProperty());
        seat.disableProperty().bind(selection.canPickSeatProperty().not());
        Label seatLabel = Controls.labelFor("batch-seat-label", "ui.batch.decide.seat", seat);
        Button choose = Controls.button("batch-choose-seat", "ui.batch.decide.choose", e -> decided(selection.chooseSeat()));
        choose.disableProperty().bind(selection.canChooseSeatProperty().not());
        HBox row = new HBox(skip, keep, seatLabel, seat, choose);
        row.getStyleClass().add("row");
        return row;
    }

    private HBox fixRow() {
        TextField fix = Controls.field("batch-fix", "ui.batch.decide.fixPrompt");
        fix.textProperty().bindBidirectional(selection.correctionProperty());
        // Enter applies the correction (rather than pressing Write letters, the window's default button).
        fix.setOnAction(e -> {
            e.consume();
            selection.applyCorrection();
        });
        fix.disableProperty().bind(selection.selectedProperty().not());
        Label fixLabel = Controls.labelFor("batch-fix-label", "ui.batch.decide.fixLabel", fix);
        Button apply = Controls.button("batch-fix-apply", "ui.batch.decide.fix", e -> decided(selection.applyCorrection()));
        apply.disableProperty().bind(selection.selectedProperty().not());
        HBox row = new HBox(fixLabel, fix, apply);
        row.getStyleClass().add("row");
        HBox.setHgrow(fix, Priority.ALWAYS);
        return row;
    }

    private HBox policyRow() {
        Button skipAll = Controls.button("batch-skip-all", "ui.batch.decide.skipAll", e -> {
            vm.applyDefault(DefaultPolicy.SKIP);
            focusNextUndecided(0);
        });
        Button bestGuess = Controls.button("batch-best-guess", "ui.batch.decide.bestGuess", e -> {
            vm.applyDefault(DefaultPolicy.BEST_GUESS);
            focusNextUndecided(0);
        });
        skipAll.disableProperty().bind(vm.undecidedProperty().not());
        bestGuess.disableProperty().bind(vm.undecidedProperty().not());
        HBox row = new HBox(Controls.text("batch-policy-hint", Messages.get("ui.batch.decide.policyHint"), "hint-text"),
                skipAll, bestGuess);
        row.getStyleClass().add("row");
        return row;
    }

    /** After a decision on a row, takes the organiser to the next row that waits. */
    private void decided(OptionalInt row) {
        row.ifPresent(this::focusNextUndecided);
    }

    /** Selects and focuses the next row waiting for a decision; once there is none, what comes after. */
    private void focusNextUndecided(int decidedRow) {
        Optional<IssueItem> next = NextUndecided.after(vm.issues(), decidedRow);
        Node target = table;
        if (next.isPresent()) {
            table.getSelectionModel().select(next.get());
            int index = table.getSelectionModel().getSelectedIndex();
            table.getFocusModel().focus(index);
            table.scrollTo(index);
        } else {
            table.getSelectionModel().clearSelection();
            target = afterTheLastRow.get();
        }
        target.requestFocus();
        FocusScroller.reveal(target);
    }

    private static TableColumn<IssueItem, String> column(String key, double width, Function<IssueItem, String> value) {
        TableColumn<IssueItem, String> column = new TableColumn<>(Messages.get(key));
        column.setId("batch-issues-" + key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
