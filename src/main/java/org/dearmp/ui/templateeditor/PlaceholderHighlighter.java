package org.dearmp.ui.templateeditor;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Marks the placeholders of a {@link TextArea} with translucent shapes drawn over it. A TextArea cannot style
 * ranges of its text, so this overlay asks the area's own {@link Text} node(s) where each range is
 * ({@link Text#rangeShape}) and draws there: the area stays a plain TextArea, with its caret, undo, input
 * methods and accessibility untouched. If a skin ever lays text out differently the marks are simply not
 * drawn.
 */
final class PlaceholderHighlighter {
    private final TextArea area;
    private final ObservableList<Highlight> highlights;
    private final Pane overlay = new Pane();
    private boolean pending;

    PlaceholderHighlighter(TextArea area, ObservableList<Highlight> highlights) {
        this.area = area;
        this.highlights = highlights;
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        overlay.getStyleClass().add("placeholder-overlay");
        highlights.addListener((ListChangeListener<Highlight>) c -> redrawLater());
        area.scrollTopProperty().addListener((o, a, b) -> redrawLater());
        area.scrollLeftProperty().addListener((o, a, b) -> redrawLater());
        area.widthProperty().addListener((o, a, b) -> redrawLater());
        area.heightProperty().addListener((o, a, b) -> redrawLater());
        area.textProperty().addListener((o, a, b) -> redrawLater());
        area.skinProperty().addListener((o, a, b) -> redrawLater());
        area.fontProperty().addListener((o, a, b) -> redrawLater());
        // Draw after the layout pass that placed the text, never before it.
        area.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
                redrawLater();
            }
        });
    }

    private final Runnable afterLayout = () -> {
        if (pending) {
            pending = false;
            redraw();
        }
    };

    /** The overlay, to be stacked over the area in the same parent. */
    Pane overlay() {
        return overlay;
    }

    private void redrawLater() {
        pending = true;
        Platform.requestNextPulse();
    }

    void redraw() {
        overlay.getChildren().clear();
        overlay.resizeRelocate(area.getLayoutX(), area.getLayoutY(), area.getWidth(), area.getHeight());
        List<Text> paragraphs = paragraphs();
        if (paragraphs.isEmpty() || highlights.isEmpty()) {
            return;
        }
        Node viewport = area.lookup(".viewport");
        if (viewport != null) {
            Bounds view = overlay.sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
            overlay.setClip(new Rectangle(view.getMinX(), view.getMinY(), view.getWidth(), view.getHeight()));
        }
        int[] starts = new int[paragraphs.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + paragraphs.get(i - 1).getText().length() + 1;
        }
        for (Highlight highlight : highlights) {
            int p = paragraphAt(starts, highlight.start());
            Text text = paragraphs.get(p);
            int from = highlight.start() - starts[p];
            int to = Math.min(highlight.end() - starts[p], text.getText().length());
            if (from < 0 || to <= from) {
                continue;
            }
            PathElement[] shape = text.rangeShape(from, to);
            Path mark = new Path(shape);
            mark.getStyleClass().addAll("placeholder-mark", "mark-" + highlight.kind().name().toLowerCase());
            mark.setStrokeWidth(0);
            Point2D origin = overlay.sceneToLocal(text.localToScene(0, 0));
            mark.setTranslateX(origin.getX());
            mark.setTranslateY(origin.getY());
            overlay.getChildren().add(mark);
        }
    }

    private static int paragraphAt(int[] starts, int offset) {
        int p = 0;
        while (p + 1 < starts.length && starts[p + 1] <= offset) {
            p++;
        }
        return p;
    }

    /**
     * The skin's Text nodes holding the area's text, found by their text: one node for the whole text (as the
     * JavaFX 21 skin has it) or one per line (as older skins did); empty if the skin is unfamiliar.
     */
    private List<Text> paragraphs() {
        List<Text> found = new ArrayList<>();
        if (!find(area, new String[] {area.getText()}, found)) {
            find(area, area.getText().split("\n", -1), found);
        }
        return found;
    }

    private static boolean find(Parent parent, String[] lines, List<Text> found) {
        List<Node> children = parent.getChildrenUnmodifiable();
        if (children.size() == lines.length && !children.isEmpty()
                && children.stream().allMatch(n -> n instanceof Text)) {
            boolean same = true;
            for (int i = 0; i < lines.length && same; i++) {
                same = ((Text) children.get(i)).getText().equals(lines[i]);
            }
            if (same) {
                children.forEach(n -> found.add((Text) n));
                return true;
            }
        }
        for (Node child : children) {
            if (child instanceof Parent p && find(p, lines, found)) {
                return true;
            }
        }
        return false;
    }
}
