package org.dearmp.ui.batch;

import java.io.ByteArrayInputStream;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** Under the summary: Import replies…, then the lines not used, the figures by MP and the response map. */
final class BatchRepliesPane {
    private final BatchRepliesModel replies;
    private final Button importReplies;

    BatchRepliesPane(BatchViewModel vm) {
        this.replies = vm.replies();
        importReplies = Controls.button("batch-import-replies", "ui.batch.replies.import", e -> vm.importReplies());
        importReplies.disableProperty().bind(vm.busyProperty());
    }

    VBox build() {
        Label intro = Controls.text("batch-replies-intro", Messages.get("ui.batch.replies.intro"));
        Label totals = Controls.text("batch-responses-total", "");
        totals.textProperty().bind(replies.totalsProperty());

        ListView<String> problems = new ListView<>(replies.problems());
        problems.setId("batch-replies-problems");
        problems.setAccessibleText(Messages.get("ui.batch.replies.problems"));
        problems.setPrefHeight(130);
        Label problemsTitle = Controls.text("batch-replies-problems-title", Messages.get("ui.batch.replies.problems"));
        problemsTitle.setLabelFor(problems);
        VBox problemsBox = new VBox(4, problemsTitle, problems);
        Controls.showWhen(problemsBox, Bindings.isNotEmpty(replies.problems()));

        TableView<ResponseFigures.Seat> seats = new TableView<>(replies.seats());
        seats.setId("batch-responses");
        seats.setAccessibleText(Messages.get("ui.batch.replies.table"));
        seats.getColumns().add(text("ui.batch.seats.constituency", 200, ResponseFigures.Seat::constituency));
        seats.getColumns().add(text("ui.batch.seats.mp", 120, ResponseFigures.Seat::mp));
        seats.getColumns().add(text("ui.batch.seats.party", 100, ResponseFigures.Seat::party));
        seats.getColumns().add(number("letters", Messages.get("ui.batch.seats.letters"), ResponseFigures.Seat::letters));
        for (Outcome o : Outcome.values()) {
            TableColumn<ResponseFigures.Seat, Integer> column = number(o.code(), shortName(o), s -> s.count(o));
            // The short heading fits the column; the full name is a tooltip away.
            ((Label) column.getGraphic()).setTooltip(new javafx.scene.control.Tooltip(Messages.get(o.messageKey())));
            seats.getColumns().add(column);
        }
        seats.getColumns().add(number("no-outcome", Messages.get("ui.batch.replies.column.noOutcome"),
                ResponseFigures.Seat::noOutcome));
        TableColumn<ResponseFigures.Seat, Integer> share = number("share",
                Messages.get("ui.batch.replies.column.share"), s -> (int) Math.round(s.shareAnswered() * 100));
        share.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Messages.get("ui.batch.replies.percent", value));
            }
        });
        seats.getColumns().add(share);
        seats.setPrefHeight(200);
        seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label seatsTitle = Controls.text("batch-responses-title", Messages.get("ui.batch.replies.table"));
        seatsTitle.setLabelFor(seats);

        ImageView map = new ImageView();
        map.setId("batch-responses-map");
        map.setAccessibleText(Messages.get("ui.batch.replies.mapAccessible"));
        map.setPreserveRatio(true);
        map.setFitHeight(520);
        map.imageProperty().bind(Bindings.createObjectBinding(() -> replies.mapPngProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(replies.mapPngProperty().get())), replies.mapPngProperty()));
        VBox figures = new VBox(8, totals, problemsBox, seatsTitle, seats, map);
        figures.setId("batch-responses-figures");
        Controls.showWhen(figures, replies.totalsProperty().isNotEmpty());

        VBox box = new VBox(8, Controls.text("batch-replies-title", Messages.get("ui.batch.replies.title"),
                "subheading"), intro, importReplies, figures);
        box.setId("batch-replies-section");
        return box;
    }

    /** A heading short enough for a column of numbers. */
    private static String shortName(Outcome outcome) {
        return switch (outcome) {
            case ANSWERED -> Messages.get("ui.batch.replies.column.answered");
            case NOT_ANSWERED -> Messages.get("ui.batch.replies.column.notAnswered");
            case ACKNOWLEDGED -> Messages.get("ui.batch.replies.column.acknowledged");
            case NOT_EXPECTED -> Messages.get("ui.batch.replies.column.notExpected");
            case NONE -> Messages.get("ui.batch.replies.column.none");
        };
    }

    private static TableColumn<ResponseFigures.Seat, String> text(String key, double width,
                                                                 Function<ResponseFigures.Seat, String> value) {
        TableColumn<ResponseFigures.Seat, String> column = new TableColumn<>(Messages.get(key));
        column.setId("batch-responses-" + key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A column of counts: an Integer, so a click on its heading sorts by number, not as text. */
    private static TableColumn<ResponseFigures.Seat, Integer> number(String id, String title,
                                                                  Function<ResponseFigures.Seat, Integer> value) {
        TableColumn<ResponseFigures.Seat, Integer> column = new TableColumn<>();
        // The numbers are narrow and their names are not: a long name is given on two lines in the bundle.
        Label heading = new Label(title);
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        column.setGraphic(heading);
        column.setId("batch-responses-" + id);
        column.setPrefWidth(82);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
