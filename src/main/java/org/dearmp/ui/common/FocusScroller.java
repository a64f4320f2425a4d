package org.dearmp.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the focused control in view: a ScrollPane does not scroll to a control reached with Tab,
 * so a keyboard user could type into a field they cannot see.
 */
public final class FocusScroller {
    private FocusScroller() {
    }

    public static void install(Scene scene) {
        // A control focused by a mouse press is shown once the button is released: scrolling under the pointer
        // between press and release would move the control away, and the click would not press it.
        boolean[] mouseDown = {false};
        Node[] waiting = {null};
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mouseDown[0] = true);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            mouseDown[0] = false;
            Node node = waiting[0];
            waiting[0] = null;
            if (node != null) {
                Platform.runLater(() -> {
                    if (node.isFocused() || node == scene.getFocusOwner()) {
                        reveal(node);
                    }
                });
            }
        });
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            if (mouseDown[0]) {
                waiting[0] = now;
            } else {
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
