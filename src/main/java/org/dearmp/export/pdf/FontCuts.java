package org.dearmp.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import org.dearmp.core.Lazy;

/**
 * The embedded fonts of one-letter PDFs, made once and shared: each is Liberation Serif cut down to a
 * set of characters, with its PDF widths and its ToUnicode map, already compressed.
 *
 * <p>OpenPDF makes a fresh font subset for every document it writes, and for a one-page letter that is
 * most of the cost. Here the regular face is cut to printable ASCII and the usual typographic marks
 * plus whatever else the letter uses, so most letters of a batch share one cut; the bold face sets
 * only the subject line, which a batch's letters share, so it is cut to exactly those characters.
 * Each cut is made once and then copied into every PDF that needs it.
 */
final class FontCuts {

    /** Characters every regular cut has, so that letters differing only in names and ASCII text share one. */
    private static final String BASE;
    private static final java.util.BitSet IN_BASE = new java.util.BitSet(0x2100);

    static {
        StringBuilder base = new StringBuilder();
        for (char c = 0x20; c <= 0x7e; c++) {
            base.append(c);
        }
        base.append("\u00a0\u00a3\u00a9\u00b0\u00b7\u20ac\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026");
        BASE = base.toString();
        for (int i = 0; i < BASE.length(); i++) {
            IN_BASE.set(BASE.charAt(i));
        }
    }

    /** Enough for the names of a large batch; beyond it the cache starts again rather than growing. */
    private static final int MAX_CUTS = 256;

    /** Characters below this are looked up in a table; the rare ones above it, by binary search. */
    private static final int TABLE_LIMIT = 0x2200;

    /**
     * One face cut to a set of characters, ready to write into a PDF.
     *
     * @param glyphTable glyph by character, for characters below {@link #TABLE_LIMIT}
     * @param highChars  the cut's characters from {@link #TABLE_LIMIT} up, sorted; {@code highGlyphs} alongside
     */
    record Cut(String fontName, char[] glyphTable, char[] highChars, char[] highGlyphs, byte[] fontFile,
               int fontFileLength, byte[] toUnicode, String widths, Face face, OneLetterPdf.FontObjects objects) {
        /** The glyph for {@code c}, or 0 when the cut (and so the font) has none. */
        int glyph(char c) {
            if (c < glyphTable.length) {
                return glyphTable[c];
            }
            int at = Arrays.binarySearch(highChars, c);
            return at >= 0 ? highGlyphs[at] : 0;
        }
    }

    /** What the font descriptor says of a face, in thousandths of an em. */
    record Face(String postScriptName, boolean bold, int ascent, int descent, int capHeight, int italicAngle,
                int[] box) {
    }

    private final LetterFonts fonts;
    private final Map<String, Cut> cuts = new ConcurrentHashMap<>();
    private final Lazy<CompactTrueType> regular = Lazy.of(() -> CompactTrueType.of(LetterFonts.fontFile(false)));
    private final Lazy<CompactTrueType> bold = Lazy.of(() -> CompactTrueType.of(LetterFonts.fontFile(true)));
    private final Lazy<Face> regularFace;
    private final Lazy<Face> boldFace;

    FontCuts(LetterFonts fonts) {
        this.fonts = fonts;
        this.regularFace = Lazy.of(() -> describe(fonts.baseFont(false), false));
        this.boldFace = Lazy.of(() -> describe(fonts.baseFont(true), true));
    }

    LetterFonts fonts() {
        return fonts;
    }

    /** A cut of the face with every character of {@code used} (those the font has). */
    Cut cutFor(boolean boldFace, CharSequence used) {
        String key = key(boldFace, used);
        Cut cut = cuts.get(key);
        if (cut == null) {
            if (cuts.size() >= MAX_CUTS) {
                cuts.clear();
            }
            cut = cuts.computeIfAbsent(key, k -> make(boldFace, k.substring(1)));
        }
        return cut;
    }

    /**
     * The face flag, then the sorted distinct characters the cut will hold. Made for every letter, so
     * the regular face's usual characters are skipped by a table rather than sorted each time.
     */
    private static String key(boolean boldFace, CharSequence used) {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < used.length(); i++) {
            char c = used.charAt(i);
            if (c >= 0x20 && !Character.isSurrogate(c) && !(!boldFace && IN_BASE.get(c))) {
                extra.append(c);
            }
        }
        char[] chars = extra.toString().toCharArray();
        Arrays.sort(chars);
        StringBuilder key = new StringBuilder(chars.length + 1 + (boldFace ? 0 : BASE.length())).append(boldFace ? 'B' : 'R');
        if (!boldFace) {
            key.append(BASE);
        }
        char previous = 0;
        for (char c : chars) {
            if (c != previous) {
                key.append(c);
            }
            previous = c;
        }
        return key.toString();
    }

    private Cut make(boolean boldFace, String chars) {
        CompactTrueType.Cut cut = font(boldFace).cut(cp -> chars.indexOf(cp) >= 0);
        int maxLow = 0;
        int high = 0;
        for (int cp : cut.glyphOf().keySet()) {
            if (cp < TABLE_LIMIT) {
                maxLow = Math.max(maxLow, cp);
            } else {
                high++;
            }
        }
        char[] glyphTable = new char[maxLow + 1];
        char[] highChars = new char[high];
        char[] highGlyphs = new char[high];
        int h = 0;
        for (Map.Entry<Integer, Integer> entry : cut.glyphOf().entrySet()) { // in character order
            int cp = entry.getKey();
            if (cp < TABLE_LIMIT) {
                glyphTable[cp] = (char) (int) entry.getValue();
            } else {
                highChars[h] = (char) cp;
                highGlyphs[h++] = (char) (int) entry.getValue();
            }
        }
        StringBuilder widths = new StringBuilder(cut.advances().length * 4 + 8).append("[0 [");
        for (int advance : cut.advances()) {
            widths.append(advance * 1000 / cut.unitsPerEm()).append(' ');
        }
        widths.setLength(widths.length() - 1);
        widths.append("]]");
        Cut made = new Cut(FontStreams.subsetTag(chars) + "+" + face(boldFace).postScriptName(), glyphTable, highChars, highGlyphs,
                FontStreams.deflate(cut.font(), Deflater.BEST_COMPRESSION), cut.font().length,
                FontStreams.deflate(toUnicode(cut.glyphOf()), Deflater.BEST_COMPRESSION), widths.toString(),
                face(boldFace), null);
        return new Cut(made.fontName(), glyphTable, highChars, highGlyphs, made.fontFile(), made.fontFileLength(),
                made.toUnicode(), made.widths(), made.face(), OneLetterPdf.FontObjects.of(made));
    }

    /** A CMap from each glyph back to its character, so text can be searched and copied from the PDF. */
    private static byte[] toUnicode(Map<Integer, Integer> glyphOf) {
        StringBuilder cmap = FontStreams.toUnicodeStart(glyphOf.size());
        Integer[] chars = glyphOf.keySet().toArray(new Integer[0]);
        for (int from = 0; from < chars.length; from += 100) {
            int to = Math.min(chars.length, from + 100);
            cmap.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                cmap.append('<').append(hex4(glyphOf.get(chars[i]))).append("> <").append(hex4(chars[i])).append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return FontStreams.toUnicodeEnd(cmap);
    }

    static String hex4(int value) {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(hex.length()) + hex;
    }

    private CompactTrueType font(boolean boldFace) {
        return (boldFace ? bold : regular).get();
    }

    private Face face(boolean boldFace) {
        return (boldFace ? this.boldFace : regularFace).get();
    }

    static Face describe(BaseFont font, boolean bold) {
        return new Face(font.getPostscriptFontName(), bold, (int) font.getFontDescriptor(BaseFont.ASCENT, 1000),
                (int) font.getFontDescriptor(BaseFont.DESCENT, 1000), (int) font.getFontDescriptor(BaseFont.CAPHEIGHT, 1000),
                (int) font.getFontDescriptor(BaseFont.ITALICANGLE, 1000),
                new int[] {(int) font.getFontDescriptor(BaseFont.BBOXLLX, 1000),
                        (int) font.getFontDescriptor(BaseFont.BBOXLLY, 1000),
                        (int) font.getFontDescriptor(BaseFont.BBOXURX, 1000),
                        (int) font.getFontDescriptor(BaseFont.BBOXURY, 1000)});
    }
}
