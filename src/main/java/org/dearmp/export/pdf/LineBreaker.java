package org.dearmp.export.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Breaks text into lines the way a reader expects: where {@link BreakIterator#getLineInstance(Locale)}
 * for British English allows (after spaces and hyphens, between Chinese characters, and so on), with
 * two refinements for addresses. A web address (it has "://" or starts "www." or has a dot and a slash)
 * may break after any {@code /}, {@code -} or {@code .} in it but nowhere else, so "https://" stays whole
 * and no word in the path is cut; an ordinary word keeps its inner full stops ("e.g.", "3.5"). Only a
 * single run with no break in it that is wider than the line is cut, between letters.
 *
 * <p>Lines are filled greedily, each break-free segment measured whole with
 * {@link LetterFonts#width(boolean, String, float)} (so a face that shapes text measures what it
 * draws). Spaces at the end of a line hang in the margin and are left off. Thread-safe: the break
 * iterators, which are not, are kept one per thread and reused.
 */
final class LineBreaker {

    private static final ThreadLocal<BreakIterator> LINES =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(Locale.UK));
    private static final ThreadLocal<BreakIterator> CHARACTERS =
            ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(Locale.UK));

    /** Paragraphs up to this long are remembered once broken: in a batch most repeat in every letter. */
    static final int REMEMBERED_LENGTH = 1200;
    /** At most this many, so a long run of unique paragraphs cannot grow the memory. */
    static final int REMEMBERED = 4096;

    private final LetterFonts fonts;
    private final Map<Paragraph, List<String>> remembered = new ConcurrentHashMap<>();

    private record Paragraph(String text, boolean bold, float size, float maxWidth) {
    }

    LineBreaker(LetterFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The lines of {@code text} at most {@code maxWidth} points wide. Each line break in the text
     * (LF, CR or CRLF) starts a new line; an empty line stays as an empty string.
     */
    List<String> wrap(String text, boolean bold, float size, float maxWidth) {
        if (text.length() > REMEMBERED_LENGTH) {
            return breakLines(text, bold, size, maxWidth);
        }
        Paragraph paragraph = new Paragraph(text, bold, size, maxWidth);
        List<String> lines = remembered.get(paragraph);
        if (lines == null) {
            lines = List.copyOf(breakLines(text, bold, size, maxWidth));
            if (remembered.size() < REMEMBERED) {
                remembered.put(paragraph, lines);
            }
        }
        return lines;
    }

    private List<String> breakLines(String text, boolean bold, float size, float maxWidth) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                wrapLine(text.substring(start, i).stripTrailing(), bold, size, maxWidth, out);
                if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    private void wrapLine(String text, boolean bold, float size, float maxWidth, List<String> out) {
        if (text.isEmpty()) {
            out.add("");
            return;
        }
        if (fonts.width(bold, text, size) <= maxWidth) {
            out.add(text); // the usual address line or short paragraph: nothing to break
            return;
        }
        int[] breaks = breakOpportunities(text);
        int lineStart = 0;
        float used = 0;
        boolean hasText = false;
        int segmentStart = 0;
        for (int segmentEnd : breaks) {
            int bodyEnd = segmentEnd;
            while (bodyEnd > segmentStart && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
                bodyEnd--;
            }
            if (bodyEnd == segmentStart) {
                // Only spaces (at the start of the line): they take room but never cause a break.
                used += fonts.width(bold, text.substring(segmentStart, segmentEnd), size);
                segmentStart = segmentEnd;
                continue;
            }
            // One measure of the whole segment; the spaces after it (which hang at a line's end) taken off.
            float whole = fonts.width(bold, text.substring(segmentStart, segmentEnd), size);
            float spaces = bodyEnd < segmentEnd ? spacesWidth(text, bodyEnd, segmentEnd, bold, size) : 0;
            float body = whole - spaces;
            if (used + body > maxWidth) {
                if (hasText) {
                    out.add(text.substring(lineStart, segmentStart).stripTrailing());
                }
                // A new line: spaces before its first word, left over from indenting, are dropped.
                lineStart = segmentStart;
                used = 0;
                if (body > maxWidth) {
                    lineStart = cut(text, segmentStart, bodyEnd, bold, size, maxWidth, out);
                    body = fonts.width(bold, text.substring(lineStart, bodyEnd), size);
                }
            }
            used += body + spaces;
            hasText = true;
            segmentStart = segmentEnd;
        }
        if (hasText) {
            out.add(text.substring(lineStart).stripTrailing());
        }
    }

    /** The width of the spaces from {@code from} to {@code to}; a single space, the usual case, without a substring. */
    private float spacesWidth(String text, int from, int to, boolean bold, float size) {
        return to - from == 1 && text.charAt(from) == ' ' ? fonts.width(bold, " ", size)
                : fonts.width(bold, text.substring(from, to), size);
    }

    /**
     * Cuts a run too wide for any line between characters (whole graphemes: a letter and its accents
     * stay together), emitting every full line; returns where the last, partial line starts.
     */
    private int cut(String text, int from, int to, boolean bold, float size, float maxWidth, List<String> out) {
        BreakIterator characters = CHARACTERS.get();
        characters.setText(text.substring(from, to));
        List<Integer> ends = new ArrayList<>();
        for (int b = characters.next(); b != BreakIterator.DONE; b = characters.next()) {
            ends.add(from + b);
        }
        int start = from;
        int first = 0;
        while (fonts.width(bold, text.substring(start, to), size) > maxWidth) {
            // The longest run of whole characters from start that fits; at least one.
            int lo = first;
            int hi = ends.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (fonts.width(bold, text.substring(start, ends.get(mid)), size) <= maxWidth) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            int end = ends.get(lo);
            out.add(text.substring(start, end));
            start = end;
            first = lo + 1;
        }
        return start;
    }

    /** Where a line may end, after each segment, in order; the text's end is the last. */
    static int[] breakOpportunities(String text) {
        BreakIterator lines = LINES.get();
        lines.setText(text);
        Ints iterator = new Ints();
        for (int b = lines.next(); b != BreakIterator.DONE; b = lines.next()) {
            iterator.add(b);
        }
        int[] given = iterator.values;
        int count = iterator.size;
        Ints out = new Ints();
        int j = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int tokenStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int tokenEnd = i;
            while (j < count && given[j] <= tokenStart) {
                out.add(given[j++]);
            }
            boolean address = tokenEnd > tokenStart && isAddress(text, tokenStart, tokenEnd);
            while (j < count && given[j] < tokenEnd) {
                int b = given[j++];
                if (!address && !midWordFullStop(text, b)) {
                    out.add(b);
                }
            }
            if (address) {
                addressBreaks(text, tokenStart, tokenEnd, out);
            }
        }
        while (j < count) {
            out.add(given[j++]);
        }
        return java.util.Arrays.copyOf(out.values, out.size);
    }

    /** A full stop the line iterator would break after, before a letter or digit: "e.g", "3.5". */
    private static boolean midWordFullStop(String text, int b) {
        return text.charAt(b - 1) == '.' && b < text.length() && Character.isLetterOrDigit(text.charAt(b));
    }

    /** A web address: it has "://", starts "www." or has a dot (before a letter) ahead of its first slash. */
    static boolean isAddress(String text, int start, int end) {
        if (end - start >= 4 && text.regionMatches(true, start, "www.", 0, 4)) {
            return true;
        }
        int slash = -1;
        for (int i = start; i < end && slash < 0; i++) {
            if (text.charAt(i) == '/') {
                slash = i;
            }
        }
        if (slash < 0) {
            return false; // most words: no slash, so neither "://" nor a path
        }
        if (text.substring(start, end).contains("://")) {
            return true;
        }
        int dot = text.indexOf('.', start);
        return slash > start && dot > start && dot < slash && Character.isLetterOrDigit(text.charAt(dot + 1));
    }

    /**
     * The breaks inside an address: after each {@code /}, {@code -} or {@code .} that a character other
     * than a slash follows, but not straight after "://" (so "https://www." stays together).
     */
    private static void addressBreaks(String text, int start, int end, Ints out) {
        for (int i = start + 1; i < end; i++) {
            char before = text.charAt(i - 1);
            boolean breakable = before == '/' || before == '-' || before == '.';
            boolean scheme = i - start >= 3 && text.startsWith("://", i - 3);
            if (breakable && text.charAt(i) != '/' && !scheme) {
                out.add(i);
            }
        }
    }

    /** A growing list of increasing positions (a repeated one is dropped). */
    private static final class Ints {
        int[] values = new int[16];
        int size;

        void add(int value) {
            if (size > 0 && values[size - 1] >= value) {
                return;
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
