package org.dearmp.template.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line-by-line comparison of two texts (a user's template and the bundled original it came from), by the
 * longest common subsequence of lines. Templates are a few dozen lines, so the simple quadratic table is
 * instant.
 */
public final class LineDiff {

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /**
     * One line of the comparison.
     *
     * @param oldLine 1-based line in the original, or 0 for an added line
     * @param newLine 1-based line in the changed text, or 0 for a removed line
     */
    public record Line(Kind kind, String text, int oldLine, int newLine) {
        public Line {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
        }

        /** "  same", "- removed", "+ added", as a unified diff prints them. */
        public String unified() {
            return switch (kind) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
            } + text;
        }
    }

    private LineDiff() {
    }

    public static List<Line> compare(String original, String changed) {
        String[] a = original.replace("\r\n", "\n").split("\n", -1);
        String[] b = changed.replace("\r\n", "\n").split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i], ++i, ++j));
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, a[i], ++i, 0));
            } else {
                lines.add(new Line(Kind.ADDED, b[j], 0, ++j));
            }
        }
        return lines;
    }

    public static boolean identical(List<Line> diff) {
        return diff.stream().allMatch(line -> line.kind() == Kind.SAME);
    }
}
