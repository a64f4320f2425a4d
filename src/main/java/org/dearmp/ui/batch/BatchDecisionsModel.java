package org.dearmp.ui.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.core.DearMpException;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.CheckedRow;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.batch.check.Resolution;
import org.dearmp.batch.check.RowIssue;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.ui.common.Status;

/** Stage 2 of the batch screen: checking every row, and deciding the rows that need it. */
public final class BatchDecisionsModel {

    private final BatchTasks tasks;
    private final BatchFileModel files;

    private final ReadOnlyObjectWrapper<BatchCheck> check = new ReadOnlyObjectWrapper<>();
    private final ObservableList<IssueItem> issues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undecided = new ReadOnlyBooleanWrapper(true);
    private final Map<String, RowIssue> seenIssues = new LinkedHashMap<>();
    // One read-only view of the list, kept: a fresh wrapper per call could be collected with its listeners.
    private final ObservableList<IssueItem> issuesView = FXCollections.unmodifiableObservableList(issues);

    private final BooleanBinding canCheck;
    private final IssueSelection selection;

    BatchDecisionsModel(BatchTasks tasks, BatchFileModel files) {
        this.tasks = tasks;
        this.files = files;
        canCheck = Bindings.createBooleanBinding(() -> files.fileProperty().get() != null && !tasks.busyProperty().get(),
                files.fileProperty(), tasks.busyProperty());
        selection = new IssueSelection(this);
    }

    public void check() {
        SupporterFile opened = files.fileProperty().get();
        if (opened == null) {
            return;
        }
        ColumnMapping columns = files.currentMapping();
        if (!files.mappingProblems(opened, columns).isEmpty()) {
            return;
        }
        tasks.status(Status.NONE);
        tasks.run(p -> tasks.loaded().check(opened, columns, new BatchListener() {
            @Override
            public void checked(int rows) {
                p.update(-1, -1, Messages.get("ui.batch.check.progress", rows));
            }
        }), checked -> {
            seenIssues.clear();
            closeCheck();
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
        SupporterField field = files.fieldOf(item.column());
        if (field == null || value == null || value.isBlank()) {
            tasks.status(Status.failure(Messages.get("ui.batch.fix.nothing")));
            return;
        }
        decide(() -> check.get().fix(item.rowNumber(), field, value.strip()));
    }

    public void applyDefault(DefaultPolicy policy) {
        decide(() -> check.get().applyDefault(policy));
    }

    /** The constituencies to offer for a row: the likely ones first, then every seat. */
    public List<Constituency> choicesFor(IssueItem item) {
        return SeatChoices.of(item, tasks.loaded().parliament());
    }

    /** The seat to show already chosen for a row: the likeliest one, never one for a postcode that could not be read. */
    public Optional<Constituency> suggestedSeat(IssueItem item) {
        return SeatChoices.suggested(item);
    }

    public boolean canChoose(IssueItem item) {
        return SeatChoices.canChoose(item);
    }

    public boolean canKeep(IssueItem item) {
        return item.issue().kind() == IssueKind.DUPLICATE;
    }

    /** What has been decided for the issue's row, in words for the table. */
    public String decisionFor(IssueItem item) {
        return DecisionWords.of(check.get(), item);
    }

    private void decide(Runnable decision) {
        if (check.get() == null) {
            return;
        }
        tasks.status(Status.NONE);
        try {
            decision.run();
        } catch (DearMpException e) {
            tasks.status(Status.failure(e.getMessage()));
        }
        refreshIssues();
    }

    private void refreshIssues() {
        BatchCheck checked = check.get();
        // Every issue found stays listed, with what was decided, so nothing disappears unexplained.
        for (CheckedRow row : checked.notedRows()) {
            for (var issue : row.issues()) {
                seenIssues.putIfAbsent(row.row() + "|" + issue.kind(), issue);
            }
        }
        List<IssueItem> items = new ArrayList<>();
        seenIssues.values().stream().sorted(Comparator.comparingInt(RowIssue::row))
                .forEach(issue -> items.add(new IssueItem(issue, checked.row(issue.row()))));
        issues.setAll(items);
        long waiting = checked.count(CheckedRow.Status.NEEDS_DECISION);
        undecided.set(waiting > 0);
        checkSummary.set(Messages.get("ui.batch.check.summary", checked.size(), checked.count(CheckedRow.Status.READY),
                waiting, checked.count(CheckedRow.Status.SKIPPED)));
    }

    /** Forgets the check and its decisions: a new file is open. */
    void clear() {
        closeCheck();
        check.set(null);
        seenIssues.clear();
        issues.clear();
        undecided.set(true);
        checkSummary.set("");
    }

    /** A check holds a copy of the file's rows on disk: it goes as soon as the check is replaced. */
    private void closeCheck() {
        if (check.get() != null) {
            check.get().close();
        }
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

    /** The row selected in the table, and what can be decided for it. */
    public IssueSelection selection() {
        return selection;
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }
}
