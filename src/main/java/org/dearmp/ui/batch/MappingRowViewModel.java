package org.dearmp.ui.batch;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.i18n.Messages;

/** One line of the column mapping: a supporter detail and the column that holds it (null for none). */
public final class MappingRowViewModel {
    private final SupporterField field;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();

    MappingRowViewModel(SupporterField field, String column) {
        this.field = field;
        this.column.set(column);
    }

    public SupporterField field() {
        return field;
    }

    public String label() {
        return Messages.get("batch.field." + field.key());
    }

    /** Editable: the user picks another column from the file's headers. */
    public ObjectProperty<String> columnProperty() {
        return column;
    }
}
