package org.dearmp.testsupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * Checks what a screen reader and a keyboard user need: every control the app builds has an id and
 * accessible text, every input has a label pointing at it (label-for), and Tab leaves every text area. Controls inside another
 * control's skin (a list's cells, a scroll bar) are the toolkit's and are skipped.
 */
public final class AccessibilityAudit {
    private AccessibilityAudit() {
    }

    public static List<String> problems(Parent root) {
        Set<Node> labelled = new HashSet<>();
        List<Node> all = new ArrayList<>();
        collect(root, all);
        for (Node n : all) {
            if (n instanceof Label label && label.getLabelFor() != null) {
                labelled.add(label.getLabelFor());
            }
        }
        List<String> problems = new ArrayList<>();
        int audited = 0;
        for (Node n : all) {
            boolean input = n instanceof TextInputControl || n instanceof ListView || n instanceof TableView;
            boolean action = n instanceof ButtonBase || n instanceof ProgressBar;
            if (!input && !action || !n.isVisible()) {
                continue;
            }
            audited++;
            String name = n.getClass().getSimpleName() + " " + n.getId();
            if (n.getId() == null) {
                problems.add(name + ": no id");
            }
            if (((Control) n).getAccessibleText() == null || ((Control) n).getAccessibleText().isBlank()) {
                problems.add(name + ": no accessible text");
            }
            if (input && !labelled.contains(n)) {
                problems.add(name + ": no label-for");
            }
            if (n instanceof javafx.scene.control.TextArea area && !org.dearmp.ui.common.Keyboard.isTabLeaving(area)) {
                problems.add(name + ": Tab types a tab instead of leaving it (Keyboard.tabLeaves)");
            }
        }
        if (audited < 3) {
            problems.add("only " + audited + " controls found: the audit is not seeing the screen");
        }
        return problems;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        // A control's children are its skin's: not built by the app, not audited (lists' cells, scroll bars).
        if (node instanceof Control && !(node instanceof javafx.scene.control.ScrollPane)
                && !(node instanceof javafx.scene.control.SplitPane)) {
            return;
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), into);
            return;
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(item -> collect(item, into));
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
