package org.dearmp.export.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line's text cut into runs by the font that prints them, in the order they appear on the page:
 * Liberation Serif for what it has, an installed fallback face for the rest, shaped.
 *
 * <p>Right-to-left text (Arabic, Hebrew) is put in visual order by the Unicode bidirectional
 * algorithm ({@link Bidi}) with the line's base direction left to right, as the letter is English.
 * Spaces, punctuation and zero-width (non-)joiners between two characters of the same fallback face,
 * and marks after one, go with that face, so a name such as "محمد علي" is shaped as one run.
 */
final class FontRuns {

    /**
     * One run: Liberation text ({@code shaped} null; {@code text} already in visual order) or a shaped
     * fallback run; {@code width} in points.
     */
    record Run(boolean bold, String text, FallbackFace.Shaped shaped, float width) {
        boolean liberation() {
            return shaped == null;
        }
    }

    private FontRuns() {
    }

    /** The runs of {@code text}; null when Liberation prints all of it (the usual case, decided quickly). */
    static List<Run> split(LetterFonts fonts, FallbackFonts fallback, boolean bold, float size, String text) {
        int n = text.length();
        FallbackFace[] faceOf = new FallbackFace[n];
        boolean any = false;
        FallbackFace previous = null;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            FallbackFace face = null;
            if (!fonts.liberationHas(cp)) {
                face = previous != null && previous.covers(cp) ? previous : fallback.faceFor(cp, bold).orElse(null);
            } else if (isMark(cp) && previous != null && i > 0 && faceOf[i - 1] == previous && previous.covers(cp)) {
                face = previous;
            }
            if (face != null) {
                previous = face;
                any = true;
            }
            for (int k = 0; k < length; k++) {
                faceOf[i + k] = face;
            }
            i += length;
        }
        if (!any) {
            return null;
        }
        joinNeutrals(text, faceOf);
        List<Run> runs = new ArrayList<>();
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, n)) {
            addPieces(fonts, bold, size, text, faceOf, 0, n, false, runs);
            return runs;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] order = new Integer[count];
        for (int r = 0; r < count; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, count);
        for (Integer r : order) {
            addPieces(fonts, bold, size, text, faceOf, bidi.getRunStart(r), bidi.getRunLimit(r),
                    (bidi.getRunLevel(r) & 1) == 1, runs);
        }
        return runs;
    }

    /** Pieces of one direction, cut where the face changes; right to left, the pieces go in reverse. */
    private static void addPieces(LetterFonts fonts, boolean bold, float size, String text, FallbackFace[] faceOf,
                                  int start, int limit, boolean rightToLeft, List<Run> runs) {
        List<Run> pieces = new ArrayList<>();
        int from = start;
        for (int i = start + 1; i <= limit; i++) {
            if (i == limit || faceOf[i] != faceOf[from]) {
                String piece = text.substring(from, i);
                FallbackFace face = faceOf[from];
                if (face == null) {
                    String visual = rightToLeft ? mirrored(piece) : piece;
                    pieces.add(new Run(bold, visual, null, fonts.liberationWidth(bold, visual, size)));
                } else {
                    FallbackFace.Shaped shaped = face.shape(piece, size, rightToLeft);
                    pieces.add(new Run(bold, piece, shaped, shaped.advance()));
                }
                from = i;
            }
        }
        if (rightToLeft) {
            Collections.reverse(pieces);
        }
        runs.addAll(pieces);
    }

    /** Spaces and punctuation between two characters set in the same fallback face join that face. */
    private static void joinNeutrals(String text, FallbackFace[] faceOf) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (faceOf[i] != null || !isNeutral(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && faceOf[end] == null && isNeutral(text.charAt(end))) {
                end++;
            }
            FallbackFace left = i > 0 ? faceOf[i - 1] : null;
            FallbackFace right = end < n ? faceOf[end] : null;
            if (left != null && left == right && coversAll(left, text, i, end)) {
                for (int k = i; k < end; k++) {
                    faceOf[k] = left;
                }
            }
            i = end;
        }
    }

    private static boolean coversAll(FallbackFace face, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!face.covers(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNeutral(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200c' || c == '\u200d'
                || (!Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.COMMON);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Liberation text read right to left: reversed, with brackets turned round. */
    private static String mirrored(String piece) {
        StringBuilder out = new StringBuilder(piece.length());
        for (int i = piece.length() - 1; i >= 0; i--) {
            char c = piece.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0) {
                out.append(piece.charAt(i - 1)).append(c);
                i--;
                continue;
            }
            int mirror = "()[]{}<>\u00ab\u00bb".indexOf(c);
            out.append(mirror < 0 ? c : "()[]{}<>\u00ab\u00bb".charAt(mirror ^ 1));
        }
        return out.toString();
    }
}
