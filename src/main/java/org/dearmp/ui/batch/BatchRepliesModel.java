package org.dearmp.ui.batch;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.batch.report.RepliesFile;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.batch.run.ReplyImport;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.store.UserFiles;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;

/**
 * After a batch: the organiser's replies file imported into the finished batch (in the background), then the
 * response figures by MP, the response map and every line of the file that was not used.
 */
public final class BatchRepliesModel {
    private static final long MAX_MAP_BYTES = 32L * 1024 * 1024;
    private final BatchTasks tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectProperty<BatchResult> batch;

    private final ObservableList<ResponseFigures.Seat> seats = FXCollections.observableArrayList();
    private final ObservableList<ResponseFigures.Seat> seatsView = FXCollections.unmodifiableObservableList(seats);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> mapPng = new ReadOnlyObjectWrapper<>();

    BatchRepliesModel(BatchTasks tasks, DialogService dialogs, ReadOnlyObjectProperty<BatchResult> batch) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.batch = batch;
        batch.addListener((obs, old, now) -> clear());
    }

    /**
     * Import replies…: into the batch just written, or (weeks later, the screen fresh) a finished batch's folder
     * the organiser chooses; then asks for the file and records it away from the FX thread.
     */
    public void importReplies() {
        BatchResult done = batch.get();
        java.util.Optional<Path> folder = done != null ? java.util.Optional.of(done.outDir())
                : dialogs.chooseFolder(Messages.get("ui.batch.replies.folderDialog"));
        folder.ifPresent(chosen -> dialogs.chooseFileToOpen(Messages.get("ui.batch.replies.dialog"),
                FileKind.SUPPORTERS).ifPresent(file -> importReplies(chosen, file)));
    }

    void importReplies(Path folder, Path file) {
        tasks.status(Status.NONE);
        tasks.run(progress -> {
            ReplyImport.Result result = tasks.service().importReplies(folder, file);
            return new Imported(result, picture(result.map()));
        }, this::show);
    }

    /** The import and the map it drew, read in the background too. */
    private record Imported(ReplyImport.Result result, byte[] mapPng) {
    }

    /** The map was just drawn, but the folder is the organiser's: read it as any file they could have swapped. */
    private static byte[] picture(Path map) {
        try {
            return UserFiles.readAll(map, MAX_MAP_BYTES, Messages.get("batch.map.what"));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void show(Imported imported) {
        ReplyImport.Result result = imported.result();
        seats.setAll(result.figures().seats());
        problems.setAll(result.problems().stream()
                .map(p -> Messages.get("cli.campaign.replies.line", p.fileRow(), p.message())).toList());
        ResponseFigures.Seat t = result.figures().total();
        totals.set(Messages.get("cli.campaign.replies.total", t.letters(), t.count(Outcome.ANSWERED),
                t.count(Outcome.NOT_ANSWERED), t.count(Outcome.ACKNOWLEDGED), t.count(Outcome.NOT_EXPECTED),
                t.count(Outcome.NONE), t.noOutcome(), Math.round(t.shareAnswered() * 100)));
        mapPng.set(imported.mapPng());
        long bad = result.problems().stream().map(RepliesFile.Problem::fileRow).distinct().count();
        String said = Messages.get("cli.campaign.replies.done", result.goodLines(), bad);
        tasks.status(bad == 0 ? Status.success(said) : Status.note(said));
    }

    void clear() {
        seats.clear();
        problems.clear();
        totals.set("");
        mapPng.set(null);
    }

    /** The figures by MP, most letters first. */
    public ObservableList<ResponseFigures.Seat> seats() {
        return seatsView;
    }

    /** Each line of the replies file not used, with its line number and why. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<byte[]> mapPngProperty() {
        return mapPng.getReadOnlyProperty();
    }
}
