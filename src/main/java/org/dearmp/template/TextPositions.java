package org.dearmp.template;

import java.util.ArrayList;
import java.util.List;

/** Turns a character offset into a 1-based line and column. */
final class TextPositions {
    private final int[] lineStarts;

    TextPositions(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int line(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    int lineCount() {
        return lineStarts.length;
    }
}
