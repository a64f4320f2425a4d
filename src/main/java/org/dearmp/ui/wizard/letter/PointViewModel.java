package org.dearmp.ui.wizard.letter;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the writer's own points; its own property so editing it never rebuilds the list. */
public final class PointViewModel {
    private final StringProperty text;

    public PointViewModel(String text) {
        this.text = new SimpleStringProperty(text == null ? "" : text);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }
}
