package org.dearmp.ui.templateeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dearmp.i18n.Messages;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateFields;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.task.Work;

/**
 * The Templates screen's list: every template, the search, the selection, and the commands that add or
 * remove one (duplicate, new, delete). What the selection shows in the form is the {@link EditorFormModel}'s.
 */
public final class EditorListModel {
    private final TemplateEditorViewModel.Services services;
    private final UserTemplateStore store;
    private final EditorFormModel form;
    private final ReadOnlyObjectWrapper<Status> status;
    private final EditorWrites writes;

    private final ObservableList<TemplateItem> allTemplates = FXCollections.observableArrayList();
    private final FilteredList<TemplateItem> templates = new FilteredList<>(allTemplates);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TemplateItem> selected = new SimpleObjectProperty<>();
    private boolean refreshing;

    EditorListModel(TemplateEditorViewModel.Services services, EditorFormModel form,
                    ReadOnlyObjectWrapper<Status> status, EditorWrites writes) {
        this.services = services;
        this.store = services.catalog().user();
        this.form = form;
        this.status = status;
        this.writes = writes;
        templates.predicateProperty().bind(Bindings.createObjectBinding(
                () -> item -> item.matches(search.get()), search));
    }

    public ObservableList<TemplateItem> templates() {
        return FXCollections.unmodifiableObservableList(templates);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TemplateItem> selectedProperty() {
        return selected;
    }

    public void select(String templateId) {
        allTemplates.stream().filter(t -> t.id().equals(templateId)).findFirst().ifPresent(selected::set);
    }

    /** The user's templates that letter writers can use: the ones a pack may hold. */
    public List<TemplateItem> shareable() {
        return allTemplates.stream().filter(t -> !t.bundled() && !t.draft()).toList();
    }

    /**
     * Copies the selected template into the user's own, in the background; then selects the copy. Nothing is done
     * while another write is under way (a second click is not a second copy).
     */
    public void duplicate() {
        if (writes.busy()) {
            return;
        }
        TemplateItem item = requireSelected();
        Work<String> copy;
        if (item.bundled()) {
            LetterTemplate original = services.catalog().bundled().require(item.id());
            copy = progress -> store.duplicate(original).id();
        } else {
            // The form as it is now, typed changes too; the copy's id is chosen when it is written.
            TemplateFields fields = form.fields();
            String title = Messages.get("template.user.copyTitle", form.titleProperty().get());
            String author = store.organisation().orElse("");
            copy = progress -> {
                String newId = store.freeId(item.id() + "-copy");
                store.save(newId, EditorFormModel.asCopy(fields, newId, title, author).toText());
                return newId;
            };
        }
        writeThenSelect(Messages.get("ui.editor.status.copying"), copy,
                Messages.get("ui.editor.status.duplicated", item.title()),
                reason -> Messages.get("ui.editor.status.notCopied", reason));
    }

    /** Starts a new template of the user's own, from a short outline, in the background; then selects it. */
    public void newTemplate() {
        if (writes.busy()) {
            return;
        }
        form.saveIfDirty();
        String title = Messages.get("ui.editor.new.title");
        String body = Messages.get("ui.editor.new.body");
        writeThenSelect(Messages.get("ui.editor.status.creating"), progress -> {
            String newId = store.freeId("my-template");
            TemplateFields outline = new TemplateFields(newId, title, "", "", "",
                    List.of(), List.of(), List.of(), "40", "1", "", body);
            store.save(newId, outline.toText());
            return newId;
        }, Messages.get("ui.editor.status.created"), reason -> Messages.get("ui.editor.status.notCreated", reason));
    }

    /** A template written and the list as it is after it, both read off the FX thread. */
    private record Written(String id, List<TemplateItem> items) {
    }

    private void writeThenSelect(String working, Work<String> write, String done, UnaryOperator<String> failure) {
        writes.submit(working, progress -> new Written(write.run(progress), read(services)), written -> {
            show(written.items());
            select(written.id());
            status.set(Status.success(done));
        }, () -> { }, failure);
    }

    /** Deletes the selected user template once the user has said so; false when they did not. */
    public boolean deleteSelected(DialogService dialogs) {
        TemplateItem item = selected.get();
        if (item == null || item.bundled() || writes.busy() || !EditorQuestions.confirmDelete(dialogs, item.title())) {
            return false;
        }
        delete();
        return true;
    }

    /**
     * Deletes the selected user template without asking, in the background. If it cannot be deleted, it stays
     * selected with the form as it was.
     */
    public void delete() {
        TemplateItem item = requireSelected();
        if (item.bundled() || writes.busy()) {
            return;
        }
        writes.submit(Messages.get("ui.editor.status.deleting"), progress -> {
            store.delete(item.id());
            return read(services);
        }, items -> {
            // Gone: what was typed in it goes too, without being saved.
            form.markClean();
            show(items);
            selected.set(templates.isEmpty() ? null : templates.get(0));
            status.set(Status.success(Messages.get("ui.editor.status.deleted", item.title())));
        }, () -> { }, reason -> Messages.get("ui.editor.status.notDeleted", item.title(), reason));
    }

    /** True while the list is re-read: the selection then changes without the user choosing. */
    boolean refreshing() {
        return refreshing;
    }

    void selectFirst() {
        if (!templates.isEmpty()) {
            selected.set(templates.get(0));
        }
    }

    void refresh() {
        show(read(services));
    }

    /** Every template, bundled first: reads the user's template files, so off the FX thread where it can be. */
    static List<TemplateItem> read(TemplateEditorViewModel.Services services) {
        List<TemplateItem> items = new ArrayList<>();
        for (LetterTemplate template : services.catalog().bundled().templates()) {
            items.add(new TemplateItem(template.id(), template.title(), template.header().tags(), true, 0, ""));
        }
        for (UserTemplate template : services.catalog().user().list()) {
            Optional<TemplateFields> fields = TemplateFields.fromText(template.text());
            String itemTitle = fields.map(TemplateFields::title).filter(t -> !t.isEmpty()).orElse(template.id());
            int errors = (int) template.problems().stream().filter(TemplateProblem::isError).count();
            items.add(new TemplateItem(template.id(), itemTitle, fields.map(TemplateFields::tags).orElse(List.of()),
                    false, errors, template.basedOn()));
        }
        return items;
    }

    /** Shows {@code items} (as {@link #read} found them), keeping the selection where it still is. */
    void show(List<TemplateItem> items) {
        String current = selected.get() == null ? null : selected.get().id();
        refreshing = true;
        try {
            allTemplates.setAll(items);
            selected.set(items.stream().filter(t -> t.id().equals(current)).findFirst().orElse(null));
        } finally {
            refreshing = false;
        }
    }

    private TemplateItem requireSelected() {
        return Objects.requireNonNull(selected.get(), "no template selected");
    }
}
