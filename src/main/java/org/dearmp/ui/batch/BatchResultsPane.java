package org.dearmp.ui.batch;

import java.io.ByteArrayInputStream;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** The batch screen's summary section: what was written, the letters by seat and on the map, and opening them. */
final class BatchResultsPane {
    private final BatchViewModel vm;
    private final Button openFolder;

    BatchResultsPane(BatchViewModel vm) {
        this.vm = vm;
        openFolder = Controls.button("batch-open-folder", "ui.batch.open.folder", e -> vm.openFolder());
    }

    /** The run is over: Open folder is ready for Enter or Space. */
    void focusFirst() {
        openFolder.requestFocus();
    }

    VBox build() {
        Label text = Controls.text("batch-result", "");
        text.textProperty().bind(vm.resultTextProperty());
        ImageView map = new ImageView();
        map.setId("batch-map");
        map.setAccessibleText(Messages.get("ui.batch.map.accessible"));
        map.setPreserveRatio(true);
        map.setFitHeight(520);
        map.imageProperty().bind(Bindings.createObjectBinding(() -> vm.mapPngProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(vm.mapPngProperty().get())), vm.mapPngProperty()));

        TableView<BatchSummary.Seat> seats = new TableView<>(vm.seats());
        seats.setId("batch-seats");
        seats.setAccessibleText(Messages.get("ui.batch.seats.accessible"));
        seats.getColumns().add(column("ui.batch.seats.constituency", 220, BatchSummary.Seat::name));
        seats.getColumns().add(column("ui.batch.seats.mp", 160, BatchSummary.Seat::mp));
        seats.getColumns().add(column("ui.batch.seats.party", 140, BatchSummary.Seat::party));
        TableColumn<BatchSummary.Seat, Integer> letters = new TableColumn<>(Messages.get("ui.batch.seats.letters"));
        letters.setId("batch-seats-letters");
        letters.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().letters()));
        seats.getColumns().add(letters);
        seats.setPrefHeight(520);
        seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox.setHgrow(seats, Priority.ALWAYS);
        HBox body = new HBox(16, map, seats);
        body.setAlignment(Pos.TOP_LEFT);

        Button openPrint = Controls.button("batch-open-print", "ui.batch.open.print", e -> vm.openPrintFile());
        openPrint.disableProperty().bind(vm.results().canOpenPrintFileProperty().not());
        HBox open = new HBox(openFolder, openPrint);
        open.setId("batch-open-row");
        open.getStyleClass().add("row");
        VBox section = BatchSection.of("batch-summary-section", "ui.batch.section.summary", text, open, body);
        Controls.showWhen(section, vm.resultProperty().isNotNull());
        return BatchSection.titling(section, seats);
    }

    private static TableColumn<BatchSummary.Seat, String> column(String key, double width,
                                                                Function<BatchSummary.Seat, String> value) {
        TableColumn<BatchSummary.Seat, String> column = new TableColumn<>(Messages.get(key));
        column.setId("batch-seats-" + key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
