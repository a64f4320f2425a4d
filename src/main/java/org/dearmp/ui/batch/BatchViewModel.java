package org.dearmp.ui.batch;

import org.dearmp.ui.desktop.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.batch.run.BatchService;
import org.dearmp.batch.report.BatchSummary;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.parliament.Constituency;
import org.dearmp.template.LetterTemplate;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;

/**
 * The batch screen's state and commands, from choosing the supporters file to the finished
 * report, as four stages sharing one {@link BatchTasks}: the file and its columns
 * ({@link BatchFileModel}), the check and decisions ({@link BatchDecisionsModel}), writing
 * ({@link BatchWriteModel}) and the results ({@link BatchResultsModel}). This class wires them
 * together and keeps the screen's one face for the view. Never touches a Node; all slow work goes
 * through the {@link BackgroundExecutor}.
 */
public final class BatchViewModel {

    private final BatchTasks tasks;
    private final BatchFileModel files;
    private final BatchDecisionsModel decisions;
    private final BatchWriteModel writer;
    private final BatchResultsModel results;
    private final BatchRepliesModel replies;

    /** Opens the finished batch's folder and print file with the system's own apps (java.awt.Desktop: no host needed). */
    public BatchViewModel(Supplier<BatchService> serviceLoader, DialogService dialogs, BackgroundExecutor executor) {
        this(serviceLoader, dialogs, executor, new org.dearmp.ui.desktop.FxDesktopActions(null, null)::openFile);
    }

    BatchViewModel(Supplier<BatchService> serviceLoader, DialogService dialogs, BackgroundExecutor executor,
                   BatchOutputs.Opener opener) {
        tasks = new BatchTasks(serviceLoader, executor);
        files = new BatchFileModel(tasks, dialogs);
        decisions = new BatchDecisionsModel(tasks, files);
        results = new BatchResultsModel(tasks, new BatchOutputs(opener, executor, tasks::status));
        writer = new BatchWriteModel(tasks, dialogs, decisions, results);
        replies = new BatchRepliesModel(tasks, dialogs, results.resultProperty());
        files.onOpened(() -> writer.showTemplates(tasks.loaded().templates()), (opened, besideIt) -> {
            decisions.clear();
            results.clear();
            writer.folderFor(opened, besideIt);
        });
    }

    // --- the stages ---

    public BatchFileModel files() {
        return files;
    }

    public BatchDecisionsModel decisions() {
        return decisions;
    }

    public BatchWriteModel writer() {
        return writer;
    }

    public BatchResultsModel results() {
        return results;
    }

    /** After the batch: the MPs' replies imported, and the campaign's response figures. */
    public BatchRepliesModel replies() {
        return replies;
    }

    // --- 1: the file and its columns ---

    public void chooseFile() {
        files.chooseFile();
    }

    public void openFile(Path path) {
        files.openFile(path);
    }

    /** The sample supporters file shipped with the app, copied to a folder of its own where its letters go too. */
    public void openSample() {
        files.openSample();
    }

    public void loadMapping() {
        files.loadMapping();
    }

    public void saveMapping() {
        files.saveMapping();
    }

    /** The mapping as the user has edited it. */
    public ColumnMapping currentMapping() {
        return files.currentMapping();
    }

    // --- 2: the check and the decisions ---

    public void check() {
        decisions.check();
    }

    public void skip(int row) {
        decisions.skip(row);
    }

    public void keep(int row) {
        decisions.keep(row);
    }

    public void choose(int row, Constituency constituency) {
        decisions.choose(row, constituency);
    }

    /** Corrects the value in the issue's column (a postcode typo, a missing name) and checks the row again. */
    public void fix(IssueItem item, String value) {
        decisions.fix(item, value);
    }

    public void applyDefault(DefaultPolicy policy) {
        decisions.applyDefault(policy);
    }

    public List<Constituency> choicesFor(IssueItem item) {
        return decisions.choicesFor(item);
    }

    public Optional<Constituency> suggestedSeat(IssueItem item) {
        return decisions.suggestedSeat(item);
    }

    public boolean canChoose(IssueItem item) {
        return decisions.canChoose(item);
    }

    public boolean canKeep(IssueItem item) {
        return decisions.canKeep(item);
    }

    public String decisionFor(IssueItem item) {
        return decisions.decisionFor(item);
    }

    // --- 3: writing, 4: the results ---

    public void chooseOutputFolder() {
        writer.chooseOutputFolder();
    }

    public void write() {
        writer.write();
    }

    /** Stops after the letters being written now; they are kept, and writing again finishes the batch. */
    public void cancel() {
        writer.cancel();
    }

    public void openFolder() {
        results.openFolder();
    }

    public void openPrintFile() {
        results.openPrintFile();
    }

    public void importReplies() {
        replies.importReplies();
    }

    // --- read-only state for the view ---

    public ReadOnlyObjectProperty<SupporterFile> fileProperty() {
        return files.fileProperty();
    }

    public ReadOnlyStringProperty fileInfoProperty() {
        return files.fileInfoProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return files.noticeProperty();
    }

    public ObservableList<String> headers() {
        return files.headers();
    }

    public ObservableList<MappingRowViewModel> mapping() {
        return files.mapping();
    }

    public StringProperty pointColumnsProperty() {
        return files.pointColumnsProperty();
    }

    public ReadOnlyStringProperty mappingProblemsProperty() {
        return files.mappingProblemsProperty();
    }

    public ReadOnlyObjectProperty<BatchCheck> checkProperty() {
        return decisions.checkProperty();
    }

    public ObservableList<IssueItem> issues() {
        return decisions.issues();
    }

    public ReadOnlyStringProperty checkSummaryProperty() {
        return decisions.checkSummaryProperty();
    }

    public ReadOnlyBooleanProperty undecidedProperty() {
        return decisions.undecidedProperty();
    }

    public ObservableList<LetterTemplate> templates() {
        return writer.templates();
    }

    public ObjectProperty<LetterTemplate> templateProperty() {
        return writer.templateProperty();
    }

    public ReadOnlyObjectProperty<Path> outputFolderProperty() {
        return writer.outputFolderProperty();
    }

    public StringProperty senderOrgProperty() {
        return writer.senderOrgProperty();
    }

    public BooleanProperty duplexProperty() {
        return writer.duplexProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writer.writingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return tasks.progressTextProperty();
    }

    /** How the last action ended: success, failure (with why) or cancelled; cleared when the next one starts. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return tasks.statusProperty();
    }

    public ReadOnlyObjectProperty<BatchResult> resultProperty() {
        return results.resultProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return results.resultTextProperty();
    }

    public ObservableList<BatchSummary.Seat> seats() {
        return results.seats();
    }

    public ReadOnlyObjectProperty<byte[]> mapPngProperty() {
        return results.mapPngProperty();
    }

    public BooleanBinding canCheckProperty() {
        return decisions.canCheckProperty();
    }

    public BooleanBinding canWriteProperty() {
        return writer.canWriteProperty();
    }

    Optional<BatchService> loadedService() {
        return tasks.loadedService();
    }
}
