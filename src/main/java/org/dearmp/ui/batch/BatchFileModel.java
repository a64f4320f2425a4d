package org.dearmp.ui.batch;

import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.store.FileProblems;
import org.dearmp.ui.common.Status;

/** Stage 1 of the batch screen: the supporters file, how it was read, and the mapping of its columns. */
public final class BatchFileModel {

    private final BatchTasks tasks;
    private final DialogService dialogs;
    private Runnable beforeShown = () -> { };
    private BiConsumer<SupporterFile, Boolean> afterShown = (opened, besideIt) -> { };

    private final ReadOnlyObjectWrapper<SupporterFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileInfo = new ReadOnlyStringWrapper(Messages.get("ui.batch.file.none"));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<MappingRowViewModel> mapping = FXCollections.observableArrayList();
    private final StringProperty pointColumns = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper mappingProblems = new ReadOnlyStringWrapper("");

    // One read-only view of each list, kept: a fresh wrapper per call could be collected with its listeners.
    private final ObservableList<String> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ObservableList<MappingRowViewModel> mappingView = FXCollections.unmodifiableObservableList(mapping);

    BatchFileModel(BatchTasks tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** What the other stages do when a file opens: before it is shown, and after (with whether its letters go beside it). */
    void onOpened(Runnable before, BiConsumer<SupporterFile, Boolean> after) {
        this.beforeShown = before;
        this.afterShown = after;
    }

    public void chooseFile() {
        dialogs.chooseFileToOpen(Messages.get("ui.batch.dialog.supporters"), FileKind.SUPPORTERS)
                .ifPresent(this::openFile);
    }

    public void openFile(Path path) {
        openFile(path, false);
    }

    /**
     * The sample supporters file shipped with the app, copied (in the background) to a folder of its own where its
     * letters go too.
     */
    public void openSample() {
        if (tasks.busyProperty().get()) {
            return;
        }
        tasks.status(Status.NONE);
        tasks.run(p -> SampleSupporters.copy(), copy -> openFile(copy, true), failure -> tasks.status(
                Status.failure(Messages.get("ui.batch.sample.failed", why(failure)))));
    }

    private void openFile(Path path, boolean besideIt) {
        tasks.status(Status.NONE);
        tasks.run(p -> tasks.service().open(path), opened -> {
            beforeShown.run();
            file.set(opened);
            headers.setAll(opened.headers());
            showMapping(ColumnMapping.autoDetect(opened.headers()));
            fileInfo.set(Messages.get("ui.batch.file.info", opened.path().getFileName(),
                    opened.encoding().charset().displayName(), separatorName(opened.separator()), opened.headers().size()));
            notice.set(opened.encoding().notice() == null ? "" : opened.encoding().notice());
            afterShown.accept(opened, besideIt);
        });
    }

    /** Asks for a column mapping file and reads it in the background; then the mapping shows it. */
    public void loadMapping() {
        if (tasks.busyProperty().get()) {
            return;
        }
        tasks.status(Status.NONE);
        dialogs.chooseFileToOpen(Messages.get("ui.batch.dialog.openMapping"), FileKind.COLUMN_MAPPING).ifPresent(path ->
                tasks.run(p -> ColumnMapping.load(path), loaded -> {
                    showMapping(loaded);
                    tasks.status(Status.success(Messages.get("ui.batch.mapping.loaded", path.getFileName())));
                }, failure -> tasks.status(Status.failure(BatchTasks.message(failure)))));
    }

    /** Asks where, then saves the mapping as it is now, in the background; the mapping on screen stays either way. */
    public void saveMapping() {
        if (tasks.busyProperty().get()) {
            return;
        }
        tasks.status(Status.NONE);
        ColumnMapping now = currentMapping();
        dialogs.chooseFileToSave(Messages.get("ui.batch.dialog.saveMapping"), FileKind.COLUMN_MAPPING, null,
                "column-mapping.json").ifPresent(path -> tasks.run(p -> {
                    now.save(path);
                    return path;
                }, saved -> tasks.status(Status.success(Messages.get("ui.batch.mapping.saved", saved))),
                failure -> tasks.status(Status.failure(Messages.get("ui.batch.mapping.notSaved", path,
                        why(failure))))));
    }

    /** Why a file could not be copied or written, in plain words; a bug is not explained with its own words. */
    private static String why(Throwable failure) {
        return Status.expected(failure) ? FileProblems.why(failure) : Messages.get("ui.batch.error.unexpected");
    }

    /** The mapping as the user has edited it. */
    public ColumnMapping currentMapping() {
        Map<SupporterField, String> columns = new LinkedHashMap<>();
        for (MappingRowViewModel row : mapping) {
            if (row.columnProperty().get() != null && !row.columnProperty().get().isBlank()) {
                columns.put(row.field(), row.columnProperty().get());
            }
        }
        List<String> points = new ArrayList<>();
        for (String part : pointColumns.get().split(",")) {
            if (!part.isBlank()) {
                points.add(part.strip());
            }
        }
        return new ColumnMapping(columns, points);
    }

    /** The mapping's problems for the open file, shown beside the mapping; empty when it can be checked. */
    List<String> mappingProblems(SupporterFile opened, ColumnMapping columns) {
        List<String> problems = columns.problems(opened.headers());
        mappingProblems.set(String.join(" ", problems));
        return problems;
    }

    /** The field mapped to a column, or null. */
    SupporterField fieldOf(String header) {
        return mapping.stream().filter(r -> header.equals(r.columnProperty().get())).map(MappingRowViewModel::field)
                .findFirst().orElse(null);
    }

    private void showMapping(ColumnMapping detected) {
        List<MappingRowViewModel> rows = new ArrayList<>();
        for (SupporterField field : SupporterField.values()) {
            rows.add(new MappingRowViewModel(field, detected.header(field)));
        }
        mapping.setAll(rows);
        pointColumns.set(String.join(", ", detected.pointColumns()));
        mappingProblems.set("");
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case '\t' -> Messages.get("cli.batch.tab");
            case ';' -> Messages.get("cli.batch.semicolon");
            default -> Messages.get("cli.batch.comma");
        };
    }

    public ReadOnlyObjectProperty<SupporterFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileInfoProperty() {
        return fileInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<String> headers() {
        return headersView;
    }

    public ObservableList<MappingRowViewModel> mapping() {
        return mappingView;
    }

    public StringProperty pointColumnsProperty() {
        return pointColumns;
    }

    public ReadOnlyStringProperty mappingProblemsProperty() {
        return mappingProblems.getReadOnlyProperty();
    }
}
