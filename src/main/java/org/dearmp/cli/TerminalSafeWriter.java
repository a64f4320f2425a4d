package org.dearmp.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints, with every character that could take over a terminal written out as
 * {@code \\uXXXX} instead: escape sequences (a supporters file or an imported MP list can hold them, and
 * a terminal would act on them), other control characters, and the bidirectional controls that make a
 * line read differently from what it says. Line breaks and tabs stay. A JSON string stays valid JSON
 * with the same value, since {@code \\uXXXX} is JSON's own escape.
 */
final class TerminalSafeWriter extends FilterWriter {

    /** On Windows a line ends in CR LF; anywhere else a CR would let the text after it overwrite the line. */
    private static final boolean CARRIAGE_RETURN_ENDS_LINES = System.lineSeparator().contains("\r");

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t' && !(c == '\r' && CARRIAGE_RETURN_ENDS_LINES);
        }
        return (c >= 0x7f && c <= 0x9f) || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (unsafe(chars[i])) {
                out.write(chars, start, i - start);
                out.write(String.format("\\u%04x", (int) chars[i]));
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
