package org.dearmp.ui.batch;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** The batch screen's first section: the supporters file (or the sample), how it was read, and its columns. */
final class BatchFilePane {
    private final BatchViewModel vm;
    private final Button chooseFile;

    BatchFilePane(BatchViewModel vm) {
        this.vm = vm;
        chooseFile = Controls.button("batch-choose-file", "ui.batch.file.choose", e -> vm.chooseFile());
    }

    void focusFirst() {
        chooseFile.requestFocus();
    }

    VBox build() {
        Label info = Controls.text("batch-file-info", "");
        info.textProperty().bind(vm.fileInfoProperty());
        Label notice = Controls.text("batch-file-notice", "", "message", "warning");
        notice.textProperty().bind(vm.noticeProperty());
        Controls.showWhen(notice, vm.noticeProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setId("batch-mapping");
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        vm.mapping().addListener((ListChangeListener<MappingRowViewModel>) c -> fillMapping(grid));
        Controls.showWhen(grid, vm.fileProperty().isNotNull());

        TextField points = Controls.field("batch-points", "ui.batch.mapping.pointsPrompt");
        points.textProperty().bindBidirectional(vm.pointColumnsProperty());
        Label pointsLabel = Controls.labelFor("batch-points-label", "ui.batch.mapping.points", points);
        HBox pointsRow = new HBox(pointsLabel, points);
        pointsRow.getStyleClass().add("row");
        HBox.setHgrow(points, Priority.ALWAYS);
        Controls.showWhen(pointsRow, vm.fileProperty().isNotNull());

        Label problems = Controls.text("batch-mapping-problems", "", "field-error");
        problems.textProperty().bind(vm.mappingProblemsProperty());
        Controls.showWhen(problems, vm.mappingProblemsProperty().isNotEmpty());

        Button load = Controls.button("batch-load-mapping", "ui.batch.mapping.load", e -> vm.loadMapping());
        Button save = Controls.button("batch-save-mapping", "ui.batch.mapping.save", e -> vm.saveMapping());
        Button check = Controls.button("batch-check", "ui.batch.check.run", e -> vm.check());
        check.disableProperty().bind(vm.canCheckProperty().not());
        // While the screen reads or writes, these wait: a second click is not a second write.
        load.disableProperty().bind(vm.fileProperty().isNull().or(vm.busyProperty()));
        save.disableProperty().bind(vm.fileProperty().isNull().or(vm.busyProperty()));
        chooseFile.disableProperty().bind(vm.writingProperty());

        // A newcomer can see the whole batch at work on a few made-up supporters before using their own file.
        Button sample = Controls.button("batch-sample", "ui.batch.file.sample", e -> vm.openSample());
        sample.setAccessibleText(Messages.get("ui.batch.file.sampleAccessible"));
        sample.disableProperty().bind(vm.writingProperty().or(vm.busyProperty()));
        HBox fileRow = new HBox(chooseFile, sample, info);
        HBox.setHgrow(info, Priority.ALWAYS);
        fileRow.getStyleClass().add("row");
        HBox actions = new HBox(load, save, check);
        actions.getStyleClass().add("row");
        return BatchSection.of("batch-file-section", "ui.batch.section.file", fileRow, notice, grid, pointsRow, problems,
                actions);
    }

    private void fillMapping(GridPane grid) {
        grid.getChildren().clear();
        int r = 0;
        for (MappingRowViewModel row : vm.mapping()) {
            ComboBox<String> column = new ComboBox<>();
            column.setId("batch-column-" + row.field().key());
            column.getItems().add("");
            column.getItems().addAll(vm.headers());
            column.valueProperty().bindBidirectional(row.columnProperty());
            column.setAccessibleText(row.label());
            Label label = new Label(row.label());
            label.setId("batch-column-label-" + row.field().key());
            label.setLabelFor(column);
            label.getStyleClass().add("field-label");
            grid.addRow(r++, label, column);
        }
    }
}
