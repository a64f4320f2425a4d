package org.dearmp.export.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The MIME encodings an .eml needs: RFC 2047 encoded-words for headers, RFC 2045 quoted-printable for the body. */
final class MimeEncoding {

    static final String CRLF = "\r\n";
    /** RFC 2047: an encoded-word is at most 75 characters, including "=?UTF-8?B?" and "?=". */
    private static final int ENCODED_WORD_MAX = 75;
    /** RFC 2047 section 2: a header line holding encoded-words is at most 76 characters. */
    private static final int HEADER_LINE_MAX = 76;
    private static final String WORD_START = "=?UTF-8?B?";
    private static final String WORD_END = "?=";
    /** RFC 2045: encoded lines are at most 76 characters, a soft break "=" included. */
    private static final int QP_LINE_MAX = 76;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MimeEncoding() {
    }

    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /**
     * Encoded-words for non-ASCII text ("=?UTF-8?B?...?="), separated by CRLF SPACE so a long value folds
     * into short header lines. Each word holds whole characters: a multi-byte UTF-8 sequence is never split.
     */
    static String encodedWords(int firstLineUsed, String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int used = firstLineUsed;
        while (i < text.length()) {
            int room = Math.min(ENCODED_WORD_MAX, HEADER_LINE_MAX - used);
            int maxBytes = Math.max(4, (room - WORD_START.length() - WORD_END.length()) / 4 * 3);
            int end = i;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > maxBytes) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append(CRLF).append(' ');
            }
            out.append(WORD_START)
                    .append(Base64.getEncoder().encodeToString(text.substring(i, end).getBytes(StandardCharsets.UTF_8)))
                    .append(WORD_END);
            i = end;
            used = 1;
        }
        return out.toString();
    }

    /** An unstructured header value (Subject): as it is when plain ASCII, folded at spaces; else encoded-words. */
    static String unstructured(String headerName, String value) {
        if (isPrintableAscii(value) && !value.contains("=?") && !hasUnfoldableWord(value)) {
            return fold(headerName.length() + 2, value);
        }
        return encodedWords(headerName.length() + 2, value);
    }

    /** A display name for From/To: an RFC 5322 quoted-string when ASCII, encoded-words otherwise. */
    static String displayName(int firstLineUsed, String name) {
        if (isPrintableAscii(name) && !name.contains("=?") && !hasUnfoldableWord(name)) {
            return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return encodedWords(firstLineUsed, name);
    }

    /**
     * A header may be folded only at spaces, and a line may not pass 998 characters (RFC 5322): text with a
     * word too long for a line is sent as encoded-words instead, which may be split anywhere.
     */
    private static boolean hasUnfoldableWord(String value) {
        for (String word : value.split(" ", -1)) {
            if (word.length() > 76) {
                return true;
            }
        }
        return false;
    }

    /** Folds at spaces so no line is much over 78 characters. */
    private static String fold(int used, String value) {
        StringBuilder out = new StringBuilder();
        int lineLength = used;
        for (String word : value.split(" ", -1)) {
            if (out.length() > 0) {
                if (lineLength + 1 + word.length() > 78) {
                    out.append(CRLF);
                    lineLength = 0;
                }
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    /** The text as UTF-8 quoted-printable with CRLF line ends; "\n" in the text marks a line end. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            byte[] bytes = lines[l].getBytes(StandardCharsets.UTF_8);
            int lineLength = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                boolean literal = ((b == ' ' || b == '\t') && !last)
                        || (b > 32 && b < 127 && b != '=' && !(lineLength == 0 && (b == '.' || startsFrom(bytes, i))));
                int width = literal ? 1 : 3;
                // Leave room for the "=" of a soft line break.
                if (lineLength + width > QP_LINE_MAX - 1) {
                    out.append('=').append(CRLF);
                    lineLength = 0;
                    if (literal && (b == '.' || startsFrom(bytes, i))) {
                        literal = false;
                        width = 3;
                    }
                }
                if (literal) {
                    out.append((char) b);
                } else {
                    out.append('=').append(HEX[b >> 4]).append(HEX[b & 0xf]);
                }
                lineLength += width;
            }
            if (l < lines.length - 1) {
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    /** "From " at the start of a line is mangled by some mail stores; encoding its F keeps it intact. */
    private static boolean startsFrom(byte[] bytes, int i) {
        return bytes.length - i >= 5 && bytes[i] == 'F' && bytes[i + 1] == 'r' && bytes[i + 2] == 'o'
                && bytes[i + 3] == 'm' && bytes[i + 4] == ' ';
    }
}
