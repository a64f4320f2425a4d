package org.dearmp.ui.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.DearMpException;
import org.dearmp.batch.BatchCancelledException;
import org.dearmp.batch.BatchCheck;
import org.dearmp.batch.BatchFolder;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchResult;
import org.dearmp.batch.BatchService;
import org.dearmp.batch.BatchSettings;
import org.dearmp.batch.BatchSummary;
import org.dearmp.batch.CheckedRow;
import org.dearmp.batch.ColumnMapping;
import org.dearmp.batch.DefaultPolicy;
import org.dearmp.batch.Resolution;
import org.dearmp.batch.SupporterField;
import org.dearmp.batch.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.template.LetterTemplate;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;

/**
 * The batch screen's state and commands, from choosing the supporters file to the finished
 * report: choose a file, map its columns, check every row, decide the problem rows, pick the
 * template and folder, write with progress and Cancel, then the summary and map. Never touches a
 * Node; all slow work goes through the {@link BackgroundExecutor}.
 */
public final class BatchViewModel {

    private final Supplier<BatchService> serviceLoader;
    private final BatchFileChooser chooser;
    private final BackgroundExecutor executor;
    private final BatchOutputs outputs;
    private BatchService service;

    private final ReadOnlyObjectWrapper<SupporterFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileInfo = new ReadOnlyStringWrapper(Messages.get("ui.batch.file.none"));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<MappingRowViewModel> mapping = FXCollections.observableArrayList();
    private final StringProperty pointColumns = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper mappingProblems = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<BatchCheck> check = new ReadOnlyObjectWrapper<>();
    private final ObservableList<IssueItem> issues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undecided = new ReadOnlyBooleanWrapper(true);
    private final Map<String, org.dearmp.batch.RowIssue> seenIssues = new LinkedHashMap<>();

    private final ObservableList<LetterTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LetterTemplate> template = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> outputFolder = new ReadOnlyObjectWrapper<>();
    private final StringProperty senderOrg = new SimpleStringProperty("");
    private final BooleanProperty duplex = new SimpleBooleanProperty(false);

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    /** One status line for every action, so an earlier message never stands beside a later one. */
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);

    private final ReadOnlyObjectWrapper<BatchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ObservableList<BatchSummary.Seat> seats = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<byte[]> mapPng = new ReadOnlyObjectWrapper<>();

    // One read-only view of each list, kept: a fresh wrapper per call could be collected with its listeners.
    private final ObservableList<String> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ObservableList<MappingRowViewModel> mappingView = FXCollections.unmodifiableObservableList(mapping);
    private final ObservableList<IssueItem> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final ObservableList<LetterTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ObservableList<BatchSummary.Seat> seatsView = FXCollections.unmodifiableObservableList(seats);

    private final BooleanBinding canCheck;
    private final BooleanBinding canWrite;

    /** Opens the finished batch's folder and print file with the system's own apps (java.awt.Desktop: no host needed). */
    public BatchViewModel(Supplier<BatchService> serviceLoader, BatchFileChooser chooser, BackgroundExecutor executor) {
        this(serviceLoader, chooser, executor, new org.dearmp.ui.app.FxDesktopActions(null, null)::openFile);
    }

    BatchViewModel(Supplier<BatchService> serviceLoader, BatchFileChooser chooser, BackgroundExecutor executor,
                   BatchOutputs.Opener opener) {
        this.serviceLoader = serviceLoader;
        this.chooser = chooser;
        this.executor = executor;
        this.outputs = new BatchOutputs(opener, executor, status::set);
        canCheck = Bindings.createBooleanBinding(() -> file.get() != null && !busy.get(), file, busy);
        canWrite = Bindings.createBooleanBinding(() -> check.get() != null && !undecided.get() && template.get() != null
                && outputFolder.get() != null && !busy.get(), check, undecided, template, outputFolder, busy);
    }

    // --- 1: the file and its columns ---

    public void chooseFile() {
        chooser.openSupporters().ifPresent(this::openFile);
    }

    public void openFile(Path path) {
        openFile(path, false);
    }

    /** The sample supporters file shipped with the app, copied to a folder of its own where its letters go too. */
    public void openSample() {
        try {
            openFile(SampleSupporters.copy(), true);
        } catch (IOException e) {
            status.set(Status.failure(Messages.get("ui.batch.sample.failed", e.getMessage())));
        }
    }

    private void openFile(Path path, boolean besideIt) {
        status.set(Status.NONE);
        run(p -> {
            BatchService loaded = service();
            return loaded.open(path);
        }, opened -> {
            templates.setAll(service.templates());
            if (template.get() == null && !templates.isEmpty()) {
                template.set(templates.get(0));
            }
            file.set(opened);
            headers.setAll(opened.headers());
            showMapping(ColumnMapping.autoDetect(opened.headers()));
            fileInfo.set(Messages.get("ui.batch.file.info", opened.path().getFileName(),
                    opened.encoding().charset().displayName(), separatorName(opened.separator()), opened.headers().size()));
            notice.set(opened.encoding().notice() == null ? "" : opened.encoding().notice());
            clearCheck();
            if (outputFolder.get() == null || besideIt) {
                Path parent = opened.path().toAbsolutePath().getParent();
                outputFolder.set(parent.resolve(Messages.get("ui.batch.folder.default",
                        stem(opened.path().getFileName().toString()))));
            }
        });
    }

    public void loadMapping() {
        status.set(Status.NONE);
        chooser.openMapping().ifPresent(path -> {
            try {
                showMapping(ColumnMapping.load(path));
                status.set(Status.success(Messages.get("ui.batch.mapping.loaded", path.getFileName())));
            } catch (DearMpException e) {
                status.set(Status.failure(e.getMessage()));
            }
        });
    }

    public void saveMapping() {
        status.set(Status.NONE);
        chooser.saveMapping().ifPresent(path -> {
            try {
                currentMapping().save(path);
                status.set(Status.success(Messages.get("ui.batch.mapping.saved", path)));
            } catch (IOException e) {
                status.set(Status.failure(Messages.get("ui.batch.mapping.notSaved", path, e.getMessage())));
            }
        });
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

    private void showMapping(ColumnMapping detected) {
        List<MappingRowViewModel> rows = new ArrayList<>();
        for (SupporterField field : SupporterField.values()) {
            rows.add(new MappingRowViewModel(field, detected.header(field)));
        }
        mapping.setAll(rows);
        pointColumns.set(String.join(", ", detected.pointColumns()));
        mappingProblems.set("");
    }

    // --- 2: the check and the decisions ---

    public void check() {
        SupporterFile opened = file.get();
        if (opened == null) {
            return;
        }
        ColumnMapping columns = currentMapping();
        List<String> problems = columns.problems(opened.headers());
        mappingProblems.set(String.join(" ", problems));
        if (!problems.isEmpty()) {
            return;
        }
        status.set(Status.NONE);
        run(p -> service.check(opened, columns, new BatchListener() {
            @Override
            public void checked(int rows) {
                p.update(-1, -1, Messages.get("ui.batch.check.progress", rows));
            }
        }), checked -> {
            seenIssues.clear();
            check.set(checked);
            refreshIssues();
        });
    }

    public void skip(int row) {
        decide(() -> check.get().resolve(row, new Resolution.Skip()));
    }

    public void keep(int row) {
        decide(() -> check.get().resolve(row, new Resolution.Keep()));
    }

    public void choose(int row, Constituency constituency) {
        if (constituency != null) {
            decide(() -> check.get().resolve(row, new Resolution.Choose(constituency.code())));
        }
    }

    /** Corrects the value in the issue's column (a postcode typo, a missing name) and checks the row again. */
    public void fix(IssueItem item, String value) {
        SupporterField field = fieldOf(item.column());
        if (field == null || value == null || value.isBlank()) {
            status.set(Status.failure(Messages.get("ui.batch.fix.nothing")));
            return;
        }
        decide(() -> check.get().fix(item.rowNumber(), field, value.strip()));
    }

    public void applyDefault(DefaultPolicy policy) {
        decide(() -> check.get().applyDefault(policy));
    }

    /** The constituencies to offer for a row: the likely ones first, then every seat. */
    public List<Constituency> choicesFor(IssueItem item) {
        return SeatChoices.of(item, service.parliament());
    }

    /** The seat to show already chosen for a row: the likeliest one, never one for a postcode that could not be read. */
    public Optional<Constituency> suggestedSeat(IssueItem item) {
        return SeatChoices.suggested(item);
    }

    public boolean canChoose(IssueItem item) {
        return SeatChoices.canChoose(item);
    }

    public boolean canKeep(IssueItem item) {
        return item.issue().kind() == org.dearmp.batch.IssueKind.DUPLICATE;
    }

    /** What has been decided for the issue's row, in words for the table. */
    public String decisionFor(IssueItem item) {
        return DecisionWords.of(check.get(), item);
    }

    private void decide(Runnable decision) {
        if (check.get() == null) {
            return;
        }
        status.set(Status.NONE);
        try {
            decision.run();
        } catch (DearMpException e) {
            status.set(Status.failure(e.getMessage()));
        }
        refreshIssues();
    }

    private void refreshIssues() {
        BatchCheck checked = check.get();
        // Every issue found stays listed, with what was decided, so nothing disappears unexplained.
        for (CheckedRow row : checked.rows()) {
            for (var issue : row.issues()) {
                seenIssues.putIfAbsent(row.row() + "|" + issue.kind(), issue);
            }
        }
        List<IssueItem> items = new ArrayList<>();
        seenIssues.values().stream().sorted(java.util.Comparator.comparingInt(org.dearmp.batch.RowIssue::row))
                .forEach(issue -> items.add(new IssueItem(issue, checked.row(issue.row()))));
        issues.setAll(items);
        long waiting = checked.count(CheckedRow.Status.NEEDS_DECISION);
        undecided.set(waiting > 0);
        checkSummary.set(Messages.get("ui.batch.check.summary", checked.size(), checked.count(CheckedRow.Status.READY),
                waiting, checked.count(CheckedRow.Status.SKIPPED)));
    }

    private void clearCheck() {
        check.set(null);
        seenIssues.clear();
        issues.clear();
        undecided.set(true);
        checkSummary.set("");
        result.set(null);
        resultText.set("");
        seats.clear();
        mapPng.set(null);
    }

    // --- 3: writing ---

    public void chooseOutputFolder() {
        chooser.chooseOutputFolder().ifPresent(folder -> useFolder(folder, null));
    }

    /** A folder holding a finished batch is replaced (that batch's files cleared) or another is chosen; then {@code then}. */
    private void useFolder(Path chosen, Runnable then) {
        FinishedBatchQuestion.settle(chosen, chooser).ifPresent(settled -> {
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
            status.set(Status.NONE);
            run(p -> BatchFolder.clear(settled.folder()), cleared -> {
                status.set(Status.success(Messages.get("ui.batch.finished.cleared", cleared.removed(), settled.folder())));
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
        BatchCheck checked = check.get();
        LetterTemplate chosen = template.get();
        BatchSettings settings = new BatchSettings(outputFolder.get(), chosen.id(), senderOrg.get(), LocalDate.now(),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        boolean twoSided = duplex.get();
        cancelRequested.set(false);
        writing.set(true);
        status.set(Status.NONE);
        run(p -> service.write(checked, chosen, settings, twoSided, new WriteProgress(p, cancelRequested::get)), done -> {
            writing.set(false);
            showResult(done, before == BatchFolder.State.UNFINISHED);
        }, failure -> {
            writing.set(false);
            if (failure instanceof BatchCancelledException) {
                status.set(Status.cancelled(Messages.get("ui.batch.write.cancelled", outputFolder.get())));
            } else {
                status.set(Status.failure(message(failure)));
            }
        });
    }

    /** Stops after the letters being written now; they are kept, and writing again finishes the batch. */
    public void cancel() {
        cancelRequested.set(true);
        progressText.set(Messages.get("ui.batch.write.cancelling"));
    }

    private void showResult(BatchResult done, boolean resumedUnfinished) {
        resultText.set(ResultText.of(done, resumedUnfinished));
        seats.setAll(done.summary().byConstituency());
        try {
            mapPng.set(Files.exists(done.map()) ? Files.readAllBytes(done.map()) : null);
        } catch (IOException e) {
            mapPng.set(null);
        }
        result.set(done); // last: whoever watches the result finds the summary complete
        status.set(Status.success(Messages.get("ui.batch.result.where", done.outDir())));
    }

    public void openFolder() {
        outputs.openFolder(result.get());
    }

    public void openPrintFile() {
        outputs.openPrintFile(result.get());
    }

    // --- plumbing ---

    private <T> void run(org.dearmp.ui.task.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        run(work, onSuccess, failure -> status.set(Status.failure(message(failure))));
    }

    private <T> void run(org.dearmp.ui.task.Work<T> work, java.util.function.Consumer<T> onSuccess,
                         java.util.function.Consumer<Throwable> onFailure) {
        busy.set(true);
        progress.set(-1);
        var job = executor.submit(work, value -> {
            busy.set(false);
            progress.set(1);
            onSuccess.accept(value);
        }, failure -> {
            busy.set(false);
            progress.set(0);
            onFailure.accept(failure);
        });
        // The executor may have finished already (tests run work on the calling thread).
        if (busy.get()) {
            job.progressProperty().addListener((obs, old, now) -> progress.set(now.doubleValue()));
            job.messageProperty().addListener((obs, old, now) -> {
                if (!cancelRequested.get()) {
                    progressText.set(now);
                }
            });
        }
    }

    private synchronized BatchService service() {
        if (service == null) {
            service = serviceLoader.get();
        }
        return service;
    }

    private SupporterField fieldOf(String header) {
        return mapping.stream().filter(r -> header.equals(r.columnProperty().get())).map(MappingRowViewModel::field)
                .findFirst().orElse(null);
    }

    /** In words for the organiser: never an exception's name. */
    private static String message(Throwable failure) {
        return Status.expected(failure) ? Status.userMessage(failure) : Messages.get("ui.batch.error.unexpected");
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case '\t' -> Messages.get("cli.batch.tab");
            case ';' -> Messages.get("cli.batch.semicolon");
            default -> Messages.get("cli.batch.comma");
        };
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    // --- read-only state for the view ---

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

    public ReadOnlyObjectProperty<BatchCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ObservableList<IssueItem> issues() {
        return issuesView;
    }

    public ReadOnlyStringProperty checkSummaryProperty() {
        return checkSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undecidedProperty() {
        return undecided.getReadOnlyProperty();
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** How the last action ended: success, failure (with why) or cancelled; cleared when the next one starts. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BatchResult> resultProperty() {
        return result.getReadOnlyProperty();
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

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public BooleanBinding canWriteProperty() {
        return canWrite;
    }

    Optional<BatchService> loadedService() {
        return Optional.ofNullable(service);
    }
}
