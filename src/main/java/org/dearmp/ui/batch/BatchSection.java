package org.dearmp.ui.batch;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/** One section of the batch screen: its title, then its controls. */
final class BatchSection {
    private BatchSection() {
    }

    static VBox of(String id, String titleKey, Node... children) {
        VBox box = new VBox(8);
        box.setId(id);
        box.getChildren().add(Controls.text(id + "-title", Messages.get(titleKey), "subheading"));
        box.getChildren().addAll(children);
        return box;
    }

    /** The title reads out {@code control} when it has the focus (a table has no label of its own). */
    static VBox titling(VBox section, Node control) {
        ((Label) section.getChildren().get(0)).setLabelFor(control);
        return section;
    }
}
