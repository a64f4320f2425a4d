package org.dearmp.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.scene.control.ListView;

/**
 * Sizes a list in rows of its own cell height, so that it follows the text size (the stylesheet
 * gives choice lists a fixed cell size in em): a list of choices is never squeezed to a row or two
 * by a small window or large text; the page around it scrolls instead.
 */
public final class ListRows {
    /** The list's border and padding, above and below its rows. */
    private static final double FRAME = 6;

    private ListRows() {
    }

    /** Just tall enough for its items, up to {@code most} rows, and never shorter than that. */
    public static void fitItems(ListView<?> list, int most) {
        NumberBinding rows = Bindings.max(1, Bindings.min(most, Bindings.size(list.getItems())));
        NumberBinding height = height(list, rows);
        list.prefHeightProperty().bind(height);
        list.minHeightProperty().bind(height);
    }

    /** At least {@code least} rows tall whatever the room, {@code preferred} when there is room, more if it may grow. */
    public static void atLeast(ListView<?> list, int least, int preferred) {
        list.minHeightProperty().bind(height(list, Bindings.createIntegerBinding(() -> least)));
        list.prefHeightProperty().bind(height(list, Bindings.createIntegerBinding(() -> preferred)));
    }

    private static NumberBinding height(ListView<?> list, javafx.beans.value.ObservableNumberValue rows) {
        // Before the stylesheet is applied the fixed cell size is unset (-1): a guess in the default font.
        return Bindings.createDoubleBinding(() -> {
            double cell = list.getFixedCellSize() > 0 ? list.getFixedCellSize()
                    : 2.2 * javafx.scene.text.Font.getDefault().getSize();
            return rows.doubleValue() * cell + FRAME;
        }, list.fixedCellSizeProperty(), rows);
    }
}
