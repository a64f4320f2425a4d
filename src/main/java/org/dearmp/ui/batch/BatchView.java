package org.dearmp.ui.batch;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.template.LetterTemplate;
import org.dearmp.ui.common.Controls;
import org.dearmp.ui.common.FocusScroller;
import org.dearmp.ui.common.StatusLabel;

/**
 * The batch screen, code-built and thin: four sections (file and columns, check, write, summary)
 * bound to a {@link BatchViewModel}. Every control has an id, accessible text, a label and a mnemonic.
 */
public final class BatchView extends ScrollPane {

    private final BatchViewModel vm;
    private final Button chooseFile;
    /** Where focus goes once every row is decided. */
    private Button write;
    private Button chooseFolder;

    public BatchView(BatchViewModel vm) {
        this.vm = vm;
        setId("batch-view");
        setFitToWidth(true);
        chooseFile = Controls.button("batch-choose-file", "ui.batch.file.choose", e -> vm.chooseFile());
        VBox page = new VBox(
                Controls.heading("batch-heading", Messages.get("ui.batch.title")),
                Controls.text("batch-intro", Messages.get("ui.batch.intro"), "intro"),
                fileSection(), checkSection(), writeSection(), summarySection(), messages());
        page.getStyleClass().add("step");
        setContent(page);
    }

    public void focusFirst() {
        chooseFile.requestFocus();
    }

    private VBox fileSection() {
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
        vm.mapping().addListener((javafx.collections.ListChangeListener<MappingRowViewModel>) c -> fillMapping(grid));
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
        load.disableProperty().bind(vm.fileProperty().isNull());
        save.disableProperty().bind(vm.fileProperty().isNull());
        chooseFile.disableProperty().bind(vm.writingProperty());

        // A newcomer can see the whole batch at work on a few made-up supporters before using their own file.
        Button sample = Controls.button("batch-sample", "ui.batch.file.sample", e -> vm.openSample());
        sample.setAccessibleText(Messages.get("ui.batch.file.sampleAccessible"));
        sample.disableProperty().bind(vm.writingProperty());
        HBox fileRow = new HBox(chooseFile, sample, info);
        HBox.setHgrow(info, Priority.ALWAYS);
        fileRow.getStyleClass().add("row");
        HBox actions = new HBox(load, save, check);
        actions.getStyleClass().add("row");
        return section("batch-file-section", "ui.batch.section.file", fileRow, notice, grid, pointsRow, problems, actions);
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

    private VBox checkSection() {
        Label summary = Controls.text("batch-check-summary", "");
        summary.textProperty().bind(vm.checkSummaryProperty());

        TableView<IssueItem> table = new TableView<>(vm.issues());
        table.setId("batch-issues");
        table.setAccessibleText(Messages.get("ui.batch.issues.accessible"));
        table.setPlaceholder(new Label(Messages.get("ui.batch.issues.none")));
        table.setPrefHeight(220);
        table.getColumns().add(column("ui.batch.issues.row", 60, i -> Integer.toString(i.rowNumber())));
        table.getColumns().add(column("ui.batch.issues.column", 120, IssueItem::column));
        table.getColumns().add(column("ui.batch.issues.problem", 480, IssueItem::problem));
        table.getColumns().add(column("ui.batch.issues.decision", 120, vm::decisionFor));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        var selected = table.getSelectionModel().selectedItemProperty();
        Label detail = Controls.text("batch-issue-detail", "", "hint-text");
        detail.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : Messages.get("ui.batch.issues.detail", selected.get().rowNumber(), selected.get().problem()), selected));
        Button skip = Controls.button("batch-skip", "ui.batch.decide.skip", e -> decided(table, selected.get(),
                row -> vm.skip(row.rowNumber())));
        Button keep = Controls.button("batch-keep", "ui.batch.decide.keep", e -> decided(table, selected.get(),
                row -> vm.keep(row.rowNumber())));
        ComboBox<Constituency> seat = new ComboBox<>();
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
        Label seatLabel = Controls.labelFor("batch-seat-label", "ui.batch.decide.seat", seat);
        Button choose = Controls.button("batch-choose-seat", "ui.batch.decide.choose",
                e -> decided(table, selected.get(), row -> vm.choose(row.rowNumber(), seat.getValue())));
        TextField fix = Controls.field("batch-fix", "ui.batch.decide.fixPrompt");
        // Enter applies the correction (rather than pressing Write letters, the window's default button).
        fix.setOnAction(e -> {
            e.consume();
            if (selected.get() != null) {
                vm.fix(selected.get(), fix.getText());
                fix.clear();
            }
        });
        Label fixLabel = Controls.labelFor("batch-fix-label", "ui.batch.decide.fixLabel", fix);
        Button fixButton = Controls.button("batch-fix-apply", "ui.batch.decide.fix", e -> decided(table, selected.get(),
                row -> {
                    vm.fix(row, fix.getText());
                    fix.clear();
                }));
        selected.addListener((obs, old, item) -> {
            seat.setItems(item == null ? FXCollections.observableArrayList()
                    : FXCollections.observableArrayList(vm.choicesFor(item)));
            // The likeliest seat for a postcode that was read; none for one that was not: a guess would be at random.
            seat.setValue(item == null ? null : vm.suggestedSeat(item).orElse(null));
            keep.setDisable(item == null || !vm.canKeep(item));
            seat.setDisable(item == null || !vm.canChoose(item));
        });
        skip.disableProperty().bind(selected.isNull());
        keep.setDisable(true);
        choose.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !vm.canChoose(selected.get()) || seat.getValue() == null, selected, seat.valueProperty()));
        seat.setDisable(true);
        fixButton.disableProperty().bind(selected.isNull());
        fix.disableProperty().bind(selected.isNull());

        HBox decideRow = new HBox(skip, keep, seatLabel, seat, choose);
        decideRow.getStyleClass().add("row");
        HBox fixRow = new HBox(fixLabel, fix, fixButton);
        fixRow.getStyleClass().add("row");
        HBox.setHgrow(fix, Priority.ALWAYS);
        Button skipAll = Controls.button("batch-skip-all", "ui.batch.decide.skipAll", e -> {
            vm.applyDefault(DefaultPolicy.SKIP);
            focusNextUndecided(table, 0);
        });
        Button bestGuess = Controls.button("batch-best-guess", "ui.batch.decide.bestGuess", e -> {
            vm.applyDefault(DefaultPolicy.BEST_GUESS);
            focusNextUndecided(table, 0);
        });
        skipAll.disableProperty().bind(vm.undecidedProperty().not());
        bestGuess.disableProperty().bind(vm.undecidedProperty().not());
        HBox policyRow = new HBox(Controls.text("batch-policy-hint", Messages.get("ui.batch.decide.policyHint"), "hint-text"),
                skipAll, bestGuess);
        policyRow.getStyleClass().add("row");

        VBox section = section("batch-check-section", "ui.batch.section.check", summary, table, detail, decideRow, fixRow, policyRow);
        ((Label) section.getChildren().get(0)).setLabelFor(table);
        Controls.showWhen(section, vm.checkProperty().isNotNull());
        return section;
    }

    /** Carries out a decision on the selected row, then takes the organiser to the next row that waits. */
    private void decided(TableView<IssueItem> table, IssueItem item, java.util.function.Consumer<IssueItem> decision) {
        if (item != null) {
            decision.accept(item);
            focusNextUndecided(table, item.rowNumber());
        }
    }

    /** Selects and focuses the next row waiting for a decision; once there is none, Write letters (or the folder). */
    private void focusNextUndecided(TableView<IssueItem> table, int decidedRow) {
        java.util.Optional<IssueItem> next = NextUndecided.after(vm.issues(), decidedRow);
        javafx.scene.Node target = table;
        if (next.isPresent()) {
            table.getSelectionModel().select(next.get());
            int index = table.getSelectionModel().getSelectedIndex();
            table.getFocusModel().focus(index);
            table.scrollTo(index);
        } else {
            table.getSelectionModel().clearSelection();
            target = write.isDisabled() ? chooseFolder : write;
        }
        target.requestFocus();
        FocusScroller.reveal(target);
    }

    private static TableColumn<IssueItem, String> column(String key, double width,
                                                        java.util.function.Function<IssueItem, String> value) {
        TableColumn<IssueItem, String> column = new TableColumn<>(Messages.get(key));
        column.setId("batch-issues-" + key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private VBox writeSection() {
        ComboBox<LetterTemplate> template = new ComboBox<>(vm.templates());
        template.setId("batch-template");
        template.valueProperty().bindBidirectional(vm.templateProperty());
        template.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.title());
            }
        });
        template.setButtonCell(template.getCellFactory().call(null));
        Label templateLabel = Controls.labelFor("batch-template-label", "ui.batch.write.template", template);

        Label folder = Controls.text("batch-folder", "");
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.outputFolderProperty().get() == null
                ? Messages.get("ui.batch.folder.none") : vm.outputFolderProperty().get().toString(), vm.outputFolderProperty()));
        chooseFolder = Controls.button("batch-choose-folder", "ui.batch.folder.choose", e -> vm.chooseOutputFolder());
        chooseFolder.setAccessibleText(Messages.get("ui.batch.folder.accessible"));
        TextField org = Controls.field("batch-sender-org", "ui.batch.write.orgPrompt");
        org.textProperty().bindBidirectional(vm.senderOrgProperty());
        Label orgLabel = Controls.labelFor("batch-sender-org-label", "ui.batch.write.org", org);
        CheckBox duplex = new CheckBox(Messages.get("ui.batch.write.duplex"));
        duplex.setId("batch-duplex");
        duplex.setMnemonicParsing(true);
        duplex.setAccessibleText(Controls.plain(duplex.getText()));
        duplex.selectedProperty().bindBidirectional(vm.duplexProperty());

        write = Controls.button("batch-write", "ui.batch.write.run", e -> vm.write());
        write.disableProperty().bind(vm.canWriteProperty().not());
        write.setDefaultButton(true);
        Button cancel = Controls.button("batch-cancel", "ui.batch.write.cancel", e -> vm.cancel());
        // Only while letters are being written: a finished run has nothing to cancel, and its Alt+R opens the print file.
        Controls.showWhen(cancel, vm.writingProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("batch-progress");
        bar.setAccessibleText(Messages.get("ui.batch.write.progressAccessible"));
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Controls.showWhen(bar, vm.busyProperty());
        Label progress = Controls.text("batch-progress-text", "");
        progress.textProperty().bind(vm.progressTextProperty());
        Controls.showWhen(progress, vm.busyProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.setHgap(12);
        form.setVgap(6);
        HBox folderRow = new HBox(folder, chooseFolder);
        folderRow.getStyleClass().add("row");
        Label folderLabel = Controls.labelFor("batch-folder-label", "ui.batch.folder.label", chooseFolder);
        form.addRow(0, templateLabel, template);
        form.addRow(1, folderLabel, folderRow);
        form.addRow(2, orgLabel, org);
        form.add(duplex, 1, 3);
        HBox actions = new HBox(write, cancel);
        actions.getStyleClass().add("row");
        VBox section = section("batch-write-section", "ui.batch.section.write", form, actions, bar, progress);
        Controls.showWhen(section, vm.checkProperty().isNotNull());
        return section;
    }

    private VBox summarySection() {
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
        seats.getColumns().add(seatColumn("ui.batch.seats.constituency", 220, BatchSummary.Seat::name));
        seats.getColumns().add(seatColumn("ui.batch.seats.mp", 160, BatchSummary.Seat::mp));
        seats.getColumns().add(seatColumn("ui.batch.seats.party", 140, BatchSummary.Seat::party));
        TableColumn<BatchSummary.Seat, Integer> letters = new TableColumn<>(Messages.get("ui.batch.seats.letters"));
        letters.setId("batch-seats-letters");
        letters.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().letters()));
        seats.getColumns().add(letters);
        seats.setPrefHeight(520);
        seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox.setHgrow(seats, Priority.ALWAYS);
        HBox body = new HBox(16, map, seats);
        body.setAlignment(Pos.TOP_LEFT);

        Button openFolder = Controls.button("batch-open-folder", "ui.batch.open.folder", e -> vm.openFolder());
        Button openPrint = Controls.button("batch-open-print", "ui.batch.open.print", e -> vm.openPrintFile());
        openPrint.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.resultProperty().get() == null
                || vm.resultProperty().get().printFile() == null, vm.resultProperty()));
        HBox open = new HBox(openFolder, openPrint);
        open.setId("batch-open-row");
        open.getStyleClass().add("row");
        VBox section = section("batch-summary-section", "ui.batch.section.summary", text, open, body);
        ((Label) section.getChildren().get(0)).setLabelFor(seats);
        Controls.showWhen(section, vm.resultProperty().isNotNull());
        // The run is over: show its summary from the top, with Open folder ready for Enter or Space.
        vm.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> {
                    scrollToTop(section);
                    openFolder.requestFocus();
                });
            }
        });
        return section;
    }

    /** Scrolls the page so that {@code node} starts at the top of the view (or as near as the page allows). */
    private void scrollToTop(javafx.scene.Node node) {
        applyCss();
        layout();
        javafx.scene.Node content = getContent();
        javafx.geometry.Bounds where = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (where != null && hidden > 0) {
            setVvalue(Math.max(0, Math.min(1, (where.getMinY() - 8) / hidden)));
        }
    }

    private static TableColumn<BatchSummary.Seat, String> seatColumn(String key, double width,
                                                                    java.util.function.Function<BatchSummary.Seat, String> value) {
        TableColumn<BatchSummary.Seat, String> column = new TableColumn<>(Messages.get(key));
        column.setId("batch-seats-" + key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private VBox messages() {
        Label status = StatusLabel.create("batch-status", vm.statusProperty());
        status.getStyleClass().add("message");
        return new VBox(6, status);
    }

    private static VBox section(String id, String titleKey, javafx.scene.Node... children) {
        VBox box = new VBox(8);
        box.setId(id);
        box.getChildren().add(Controls.text(id + "-title", Messages.get(titleKey), "subheading"));
        box.getChildren().addAll(children);
        return box;
    }
}
