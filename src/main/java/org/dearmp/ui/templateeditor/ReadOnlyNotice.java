package org.dearmp.ui.templateeditor;

import java.util.Collection;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.common.Controls;

/**
 * Says plainly, while a bundled template is shown, that it cannot be changed and how to edit it: a notice
 * above the form and the letter (so it stays in sight however far the form is scrolled), and the same words
 * as the help a screen reader gives for every box, which a user may otherwise type into in vain.
 */
final class ReadOnlyNotice {
    private ReadOnlyNotice() {
    }

    /** The editing area with the notice above it, shown only for a bundled template. */
    static Node above(Node editing, TemplateEditorViewModel vm) {
        Label notice = Controls.text("editor-bundled-notice", Messages.get("ui.editor.bundledNotice"), "notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        Controls.showWhen(notice, readOnly(vm));
        VBox box = new VBox(notice, editing);
        VBox.setVgrow(editing, Priority.ALWAYS);
        box.setId("editor-middle");
        return box;
    }

    /** Each box explains, while read-only, why typing does nothing. */
    static void explain(Collection<? extends TextInputControl> boxes, TemplateEditorViewModel vm) {
        BooleanBinding readOnly = readOnly(vm);
        for (TextInputControl box : boxes) {
            box.accessibleHelpProperty().bind(Bindings.when(readOnly)
                    .then(Messages.get("ui.editor.bundledNotice")).otherwise((String) null));
        }
    }

    /** What the empty problems list says: a bundled template is never saved, so no "once it is saved". */
    static Label noProblems(TemplateEditorViewModel vm) {
        Label none = new Label();
        none.setId("editor-problems-none");
        none.setWrapText(true);
        none.textProperty().bind(Bindings.when(readOnly(vm)).then(Messages.get("ui.editor.problems.noneBundled"))
                .otherwise(Messages.get("ui.editor.problems.none")));
        return none;
    }

    private static BooleanBinding readOnly(TemplateEditorViewModel vm) {
        return vm.form().editableProperty().not().and(vm.list().selectedProperty().isNotNull());
    }
}
