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

/** Step 3: which template the letter starts from; the blank one is always offered, last. */
public final class TemplateViewModel {
    private final ObservableList<TemplateChoice> templates;
    private final ObservableList<TemplateChoice> templatesView;
    private final ObjectProperty<TemplateChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();

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
        String chosen = selected.get() == null ? null : selected.get().id();
        templates.setAll(blankLast(available));
        select(chosen);
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
