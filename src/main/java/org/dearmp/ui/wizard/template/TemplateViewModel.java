package org.dearmp.ui.wizard.template;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dearmp.ui.services.TemplateChoice;
import org.dearmp.ui.task.BackgroundExecutor;
import org.dearmp.ui.task.Work;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Step 3: which template the letter starts from; the blank one is always offered, last. */
public final class TemplateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateViewModel.class);
    private final ObservableList<TemplateChoice> templates;
    private final ObservableList<TemplateChoice> templatesView;
    private final ObjectProperty<TemplateChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    /** How many times a new list was asked for, so only the latest one asked for is shown. */
    private int refreshes;

    public TemplateViewModel(List<TemplateChoice> available) {
        templates = FXCollections.observableArrayList(blankLast(available));
        templatesView = FXCollections.unmodifiableObservableList(templates);
        complete.bind(selected.isNotNull());
    }

    /** Campaign templates first, in their given order; the blank one last, as the way out. */
    private static List<TemplateChoice> blankLast(List<TemplateChoice> available) {
        return available.stream().sorted((a, b) -> Boolean.compare(a.blank(), b.blank())).toList();
    }

    /**
     * Offers a new list (after templates were added, changed or deleted in the Templates window), keeping the
     * chosen template chosen if it is still there.
     */
    public void refresh(List<TemplateChoice> available) {
        refreshes++;
        String chosen = selected.get() == null ? null : selected.get().id();
        templates.setAll(blankLast(available));
        select(chosen);
    }

    /**
     * As {@link #refresh(List)}, with the list read by {@code read} on {@code executor} (it reads the user's template
     * files): the FX thread does not wait on them. A list offered since it was asked for is not replaced by it; if it
     * cannot be read, the list on offer stays as it is.
     */
    public void refresh(BackgroundExecutor executor, Work<List<TemplateChoice>> read) {
        int asked = ++refreshes;
        executor.submit(read, available -> {
            if (asked == refreshes) {
                refresh(available);
            }
        }, error -> LOG.warn("Could not read the templates again: {}", error.getMessage()));
    }

    public ObservableList<TemplateChoice> templates() {
        return templatesView;
    }

    public ObjectProperty<TemplateChoice> selectedProperty() {
        return selected;
    }

    public Optional<TemplateChoice> byId(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public void select(String id) {
        selected.set(id == null ? null : byId(id).orElse(null));
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
