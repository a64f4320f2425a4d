package org.dearmp.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control in view: a ScrollPane does not scroll to a control reached with Tab,
 * so a keyboard user could type into a field they cannot see.
 */
public final class FocusScroller {
    private FocusScroller() {
    }

    public static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
    }

    /** Scrolls every scroll pane around {@code node} just far enough to show it. */
    public static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                scrollTo(scroll, node);
            }
        }
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double margin = 12;
        double newTop = top;
        if (inContent.getMinY() - margin < top) {
            newTop = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() + margin > top + viewport) {
            newTop = inContent.getMaxY() + margin - viewport;
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
        }
    }
}
