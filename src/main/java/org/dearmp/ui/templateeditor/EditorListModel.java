package org.dearmp.ui.templateeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/**
 * The Templates screen's list: every template, the search, the selection, and the commands that add or
 * remove one (duplicate, new, delete). What the selection shows in the form is the {@link EditorFormModel}'s.
 */
public final class EditorListModel {
    private final TemplateEditorViewModel.Services services;
    private final UserTemplateStore store;
    private final EditorFormModel form;
    private final ReadOnlyObjectWrapper<Status> status;

    private final ObservableList<TemplateItem> allTemplates = FXCollections.observableArrayList();
    private final FilteredList<TemplateItem> templates = new FilteredList<>(allTemplates);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TemplateItem> selected = new SimpleObjectProperty<>();
    private boolean refreshing;

    EditorListModel(TemplateEditorViewModel.Services services, EditorFormModel form,
                    ReadOnlyObjectWrapper<Status> status) {
        this.services = services;
        this.store = services.catalog().user();
        this.form = form;
        this.status = status;
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

    /** Copies the selected template into the user's own, selects the copy and returns its id. */
    public String duplicate() {
        TemplateItem item = requireSelected();
        String newId;
        if (item.bundled()) {
            newId = store.duplicate(services.catalog().bundled().require(item.id())).id();
        } else {
            newId = store.freeId(item.id() + "-copy");
            TemplateFields copy = EditorFormModel.asCopy(form.fields(), newId,
                    Messages.get("template.user.copyTitle", form.titleProperty().get()),
                    store.organisation().orElse(""));
            store.save(newId, copy.toText());
        }
        refresh();
        select(newId);
        status.set(Status.success(Messages.get("ui.editor.status.duplicated", item.title())));
        return newId;
    }

    /** Starts a new template of the user's own, from a short outline, and selects it. */
    public String newTemplate() {
        form.saveIfDirty();
        String newId = store.freeId("my-template");
        TemplateFields outline = new TemplateFields(newId, Messages.get("ui.editor.new.title"), "", "", "",
                List.of(), List.of(), List.of(), "40", "1", "", Messages.get("ui.editor.new.body"));
        store.save(newId, outline.toText());
        refresh();
        select(newId);
        status.set(Status.success(Messages.get("ui.editor.status.created")));
        return newId;
    }

    /** Deletes the selected user template once the user has said so; false when they did not. */
    public boolean deleteSelected(DialogService dialogs) {
        TemplateItem item = selected.get();
        if (item == null || item.bundled() || !EditorQuestions.confirmDelete(dialogs, item.title())) {
            return false;
        }
        delete();
        return true;
    }

    /** Deletes the selected user template without asking. */
    public void delete() {
        TemplateItem item = requireSelected();
        if (item.bundled()) {
            return;
        }
        form.markClean();
        store.delete(item.id());
        refresh();
        selected.set(templates.isEmpty() ? null : templates.get(0));
        status.set(Status.success(Messages.get("ui.editor.status.deleted", item.title())));
    }

    /** Re-reads the list (after a save, or another window changed the folder), keeping the form as it is. */
    public void refreshListKeepingSelection() {
        refresh();
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
        List<TemplateItem> items = new ArrayList<>();
        for (LetterTemplate template : services.catalog().bundled().templates()) {
            items.add(new TemplateItem(template.id(), template.title(), template.header().tags(), true, 0, ""));
        }
        for (UserTemplate template : store.list()) {
            Optional<TemplateFields> fields = TemplateFields.fromText(template.text());
            String itemTitle = fields.map(TemplateFields::title).filter(t -> !t.isEmpty()).orElse(template.id());
            int errors = (int) template.problems().stream().filter(TemplateProblem::isError).count();
            items.add(new TemplateItem(template.id(), itemTitle, fields.map(TemplateFields::tags).orElse(List.of()),
                    false, errors, template.basedOn()));
        }
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
