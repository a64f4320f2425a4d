package org.dearmp.ui.batch;

import java.io.IOException;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.i18n.Messages;
import org.dearmp.store.UserFiles;
import org.dearmp.ui.common.Status;

/** Stage 4 of the batch screen: the finished batch's summary, seats and map, and opening what was written. */
public final class BatchResultsModel {

    private final BatchTasks tasks;
    private final BatchOutputs outputs;

    private final ReadOnlyObjectWrapper<BatchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ObservableList<BatchSummary.Seat> seats = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<byte[]> mapPng = new ReadOnlyObjectWrapper<>();
    // One read-only view of the list, kept: a fresh wrapper per call could be collected with its listeners.
    private final ObservableList<BatchSummary.Seat> seatsView = FXCollections.unmodifiableObservableList(seats);

    private final BooleanBinding canOpenPrintFile = Bindings.createBooleanBinding(
            () -> result.get() != null && result.get().printFile() != null, result);

    /** The map the batch draws is well under a megabyte. */
    private static final long MAX_MAP_BYTES = 32L * 1024 * 1024;

    BatchResultsModel(BatchTasks tasks, BatchOutputs outputs) {
        this.tasks = tasks;
        this.outputs = outputs;
    }

    /**
     * The map picture the batch drew, read with the batch's own work (off the FX thread); null when it is not there
     * or cannot be read.
     */
    static byte[] readMap(BatchResult done) {
        try {
            // The folder is the organiser's: what is there now need not be the picture the batch drew.
            return Files.exists(done.map()) ? UserFiles.readAll(done.map(), MAX_MAP_BYTES, Messages.get("batch.map.what"))
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Shows a finished batch with its map picture as {@link #readMap} read it: nothing here reads a file. */
    void show(BatchResult done, boolean resumedUnfinished, byte[] map) {
        resultText.set(ResultText.of(done, resumedUnfinished));
        seats.setAll(done.summary().byConstituency());
        mapPng.set(map);
        result.set(done); // last: whoever watches the result finds the summary complete
        tasks.status(Status.success(Messages.get("ui.batch.result.where", done.outDir())));
    }

    /** Forgets the last result: a new file is open. */
    void clear() {
        result.set(null);
        resultText.set("");
        seats.clear();
        mapPng.set(null);
    }

    public void openFolder() {
        outputs.openFolder(result.get());
    }

    public void openPrintFile() {
        outputs.openPrintFile(result.get());
    }

    public ReadOnlyObjectProperty<BatchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** There is a print file to open: a batch was written, and it had letters. */
    public BooleanBinding canOpenPrintFileProperty() {
        return canOpenPrintFile;
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ObservableList<BatchSummary.Seat> seats() {
        return seatsView;
    }

    public ReadOnlyObjectProperty<byte[]> mapPngProperty() {
        return mapPng.getReadOnlyProperty();
    }
}
