package org.dearmp.ui.batch;

import org.dearmp.ui.desktop.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.run.BatchFolder;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.batch.run.BatchSettings;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.template.LetterTemplate;
import org.dearmp.ui.common.Status;

/**
 * Stage 3 of the batch screen: the template, sender and output folder (a folder holding a finished
 * batch is replaced or another chosen), then writing with progress and Cancel.
 */
public final class BatchWriteModel {

    private final BatchTasks tasks;
    private final DialogService dialogs;
    private final BatchDecisionsModel decisions;
    private final BatchResultsModel results;

    private final ObservableList<LetterTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LetterTemplate> template = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> outputFolder = new ReadOnlyObjectWrapper<>();
    private final StringProperty senderOrg = new SimpleStringProperty("");
    private final BooleanProperty duplex = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(false);
    // One read-only view of the list, kept: a fresh wrapper per call could be collected with its listeners.
    private final ObservableList<LetterTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);

    private final BooleanBinding canWrite;

    BatchWriteModel(BatchTasks tasks, DialogService dialogs, BatchDecisionsModel decisions, BatchResultsModel results) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.decisions = decisions;
        this.results = results;
        var check = decisions.checkProperty();
        var undecided = decisions.undecidedProperty();
        var busy = tasks.busyProperty();
        canWrite = Bindings.createBooleanBinding(() -> check.get() != null && !undecided.get() && template.get() != null
                && outputFolder.get() != null && !busy.get(), check, undecided, template, outputFolder, busy);
    }

    /** The service's templates, the first chosen unless one already is. */
    void showTemplates(List<LetterTemplate> loaded) {
        templates.setAll(loaded);
        if (template.get() == null && !templates.isEmpty()) {
            template.set(templates.get(0));
        }
    }

    /** A folder beside a newly opened file, named after it: unless one is chosen already and the letters need not go beside it. */
    void folderFor(SupporterFile opened, boolean besideIt) {
        if (outputFolder.get() == null || besideIt) {
            Path parent = opened.path().toAbsolutePath().getParent();
            outputFolder.set(parent.resolve(Messages.get("ui.batch.folder.default",
                    stem(opened.path().getFileName().toString()))));
        }
    }

    public void chooseOutputFolder() {
        FinishedBatchQuestion.chooseFolder(dialogs).ifPresent(folder -> useFolder(folder, null));
    }

    /** A folder holding a finished batch is replaced (that batch's files cleared) or another is chosen; then {@code then}. */
    private void useFolder(Path chosen, Runnable then) {
        FinishedBatchQuestion.settle(chosen, dialogs).ifPresent(settled -> {
            Runnable use = () -> {
                outputFolder.set(settled.folder());
                if (then != null) {
                    then.run();
                }
            };
            if (!settled.replace()) {
                use.run();
                return;
            }
            tasks.status(Status.NONE);
            tasks.run(p -> BatchFolder.clear(settled.folder()), cleared -> {
                tasks.status(Status.success(Messages.get("ui.batch.finished.cleared", cleared.removed(), settled.folder())));
                use.run();
            });
        });
    }

    public void write() {
        if (!canWrite.get()) {
            return;
        }
        BatchFolder.State before = BatchFolder.inspect(outputFolder.get()).state();
        if (before == BatchFolder.State.FINISHED) {
            useFolder(outputFolder.get(), this::write);
            return;
        }
        BatchCheck checked = decisions.checkProperty().get();
        LetterTemplate chosen = template.get();
        BatchSettings settings = new BatchSettings(outputFolder.get(), chosen.id(), senderOrg.get(), LocalDate.now(tasks.loaded().clock()),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        boolean twoSided = duplex.get();
        tasks.clearCancel();
        writing.set(true);
        tasks.status(Status.NONE);
        tasks.run(p -> {
            BatchResult result = tasks.loaded().write(checked, chosen, settings, twoSided,
                    new WriteProgress(p, tasks::cancelRequested));
            return new Written(result, BatchResultsModel.readMap(result));
        }, done -> {
            writing.set(false);
            results.show(done.result(), before == BatchFolder.State.UNFINISHED, done.map());
        }, failure -> {
            writing.set(false);
            if (failure instanceof BatchCancelledException) {
                tasks.status(Status.cancelled(Messages.get("ui.batch.write.cancelled", outputFolder.get())));
            } else {
                tasks.status(Status.failure(BatchTasks.message(failure)));
            }
        });
    }

    /** Stops after the letters being written now; they are kept, and writing again finishes the batch. */
    public void cancel() {
        tasks.cancel();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public ObservableList<LetterTemplate> templates() {
        return templatesView;
    }

    public ObjectProperty<LetterTemplate> templateProperty() {
        return template;
    }

    public ReadOnlyObjectProperty<Path> outputFolderProperty() {
        return outputFolder.getReadOnlyProperty();
    }

    public StringProperty senderOrgProperty() {
        return senderOrg;
    }

    public BooleanProperty duplexProperty() {
        return duplex;
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    public BooleanBinding canWriteProperty() {
        return canWrite;
    }

    /** A batch written, and its map picture read with it, off the FX thread. */
    private record Written(BatchResult result, byte[] map) {
    }
}
