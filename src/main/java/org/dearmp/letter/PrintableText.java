package org.dearmp.letter;

import java.text.Normalizer;

/**
 * A letter's text as it is printed or saved: what the writer typed or pasted may hold control characters
 * (a terminal's escape sequences, a bell) or invisible formatting marks (a right-to-left override) that print
 * nothing, and in a .txt or .eml would reach whoever opens it raw.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * Text as it is set: composed characters (NFC: text pasted from a Mac may spell ŵ as w plus a
     * combining circumflex, which fonts place less well than the single letter); every kind of line
     * break (vertical tab, form feed, next line, line and paragraph separators) as a line break, so
     * words either side stay apart; tabs as spaces; soft hyphens, other control characters and
     * invisible formatting marks left out, as they have nothing to print, except the zero-width
     * joiner and non-joiner, which change how Persian, Indic and emoji text is shaped.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            char replacement = switch (c) {
                case '\u000b', '\f', '\u0085', '\u2028', '\u2029' -> '\n';
                case '\t' -> ' ';
                case '\u200c', '\u200d' -> c; // joiners shape Persian, Indic and emoji text
                default -> c != '\n' && c != '\r' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
                        ? 0 : c;
            };
            if (replacement != c && out == null) {
                out = new StringBuilder(normal.length()).append(normal, 0, i);
            }
            if (out != null && replacement != 0) {
                out.append(replacement);
            }
        }
        return out == null ? normal : out.toString();
    }
}
