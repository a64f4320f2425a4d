package org.dearmp.export.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.zip.Deflater;
import org.dearmp.core.Lazy;

/**
 * The Liberation Serif faces a letter is set in, loaded once and shared by every document, and the
 * width of every character in them (which {@link LetterLayout} breaks lines by).
 *
 * <p>Built-in PDF fonts cannot show Welsh ŵ ŷ or Polish Ł, so letters embed Liberation (bundled by
 * openpdf-fonts-extra) as Identity-H subsets. For the print file OpenPDF writes, the TrueType files
 * are parsed once into {@link BaseFont}s (each PDF writer keeps its own record of the glyphs it used,
 * so one BaseFont serves many documents on any thread), cut down by {@link CompactTrueType} to the
 * Latin letters, accents and punctuation that letters use. A letter with a character outside that
 * set (Greek or Cyrillic, say) is set in the full fonts instead, so nothing the font has is lost.
 * One-letter PDFs take their fonts from {@link FontCuts}.
 *
 * <p>What Liberation Serif has no glyph for (Chinese, Arabic, Devanagari, emoji...) is set in a
 * fallback font installed on the computer ({@link FallbackFonts}), shaped ({@link FontRuns}); widths
 * of such text are the shaped widths. Latin text never looks a fallback up: a table says at once that
 * Liberation has every character.
 */
public final class LetterFonts {

    /** Where openpdf-fonts-extra puts the Liberation TrueType files on the classpath. */
    private static final String FONT_FOLDER = "liberation/";
    private static final String REGULAR = "LiberationSerif-Regular.ttf";
    private static final String BOLD = "LiberationSerif-Bold.ttf";

    /** Every Latin script, with its accents and combining marks, general punctuation, currency and the like. */
    static final IntPredicate COMPACT_REPERTOIRE = cp -> (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0x24f)
            || (cp >= 0x2b0 && cp <= 0x36f) || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2000 && cp <= 0x206f)
            || (cp >= 0x20a0 && cp <= 0x20cf) || (cp >= 0x2100 && cp <= 0x215f) || cp == 0x2212;

    /** A regular and a bold face of one typeface. */
    record Faces(BaseFont regular, BaseFont bold) {
        boolean canShow(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!Character.isWhitespace(cp) && !regular.charExists(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return true;
        }
    }

    private static final Lazy<LetterFonts> SHARED = Lazy.of(LetterFonts::new);

    private record RunKey(boolean bold, float size, String text) {
    }

    /** Enough for the mixed-script lines of many letters; beyond it the cache starts again. */
    private static final int MAX_SHAPED = 4096;

    private final Faces compact;
    private final FallbackFonts fallback;
    private final Map<RunKey, List<FontRuns.Run>> shapedRuns = new ConcurrentHashMap<>();
    private final Lazy<Faces> full = Lazy.of(() -> new Faces(load(REGULAR, false), load(BOLD, false)));
    /** Advance widths in thousandths of an em, by BMP character, plus one (0: not looked up yet; -1: Liberation has none); per face. */
    private final int[] regularWidths = new int[0x10000];
    private final int[] boldWidths = new int[0x10000];

    private LetterFonts() {
        this(FallbackFonts.system());
    }

    LetterFonts(FallbackFonts fallback) {
        compact = new Faces(load(REGULAR, true), load(BOLD, true));
        this.fallback = fallback;
    }

    /**
     * The width of {@code text} set at {@code size} points, as it will be drawn: Liberation Serif's own
     * widths, and for what it lacks, the fallback face's glyphs as shaped (joined Arabic, Devanagari
     * conjuncts). Characters no font has take no room (and the letter is refused before it is written).
     */
    float width(boolean bold, String text, float size) {
        int thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            int advance = advanceOrMissing(bold, text.charAt(i));
            if (advance < 0) {
                return runWidth(bold, text, size);
            }
            thousandths += advance;
        }
        return thousandths * size / 1000f;
    }

    /**
     * The width of one character on its own. For a character Liberation lacks this is its fallback
     * glyph's unshaped width, which shaping may change (an Arabic letter's joined form, a conjunct), so
     * a line of such text is only measured truly by {@link #width(boolean, String, float)}. Half a
     * surrogate pair cannot be measured alone: the high half counts as an em, the low half as nothing.
     */
    float width(boolean bold, char c, float size) {
        int advance = advanceOrMissing(bold, c);
        if (advance >= 0) {
            return advance * size / 1000f;
        }
        if (Character.isSurrogate(c)) {
            return Character.isHighSurrogate(c) ? size : 0;
        }
        return fallback.faceFor(c, bold).map(face -> face.nominalWidth(c, size)).orElse(0f);
    }

    /** In thousandths of an em, as the PDF's width arrays give them; 0 for what Liberation lacks. */
    int advance(boolean bold, char c) {
        return Math.max(0, advanceOrMissing(bold, c));
    }

    /** As {@link #advance}, but -1 when Liberation has no glyph; races only ever write the same value. */
    private int advanceOrMissing(boolean bold, char c) {
        int[] widths = bold ? boldWidths : regularWidths;
        int known = widths[c];
        if (known == 0) {
            BaseFont face = bold ? compact.bold() : compact.regular();
            if (!face.charExists(c) && !Character.isSurrogate(c)) {
                face = bold ? full().bold() : full().regular();
            }
            known = !Character.isSurrogate(c) && face.charExists(c) ? 1 + face.getWidth(c) : -1;
            widths[c] = known;
        }
        return known < 0 ? -1 : known - 1;
    }

    /** True when Liberation Serif prints every character of {@code text} (a quick table look-up each). */
    boolean allLiberation(boolean bold, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (advanceOrMissing(bold, text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when Liberation Serif has a glyph for {@code cp}. */
    boolean liberationHas(int cp) {
        return cp < 0x10000 && advanceOrMissing(false, (char) cp) >= 0;
    }

    /** The plain sum of Liberation widths, for a run that is all Liberation. */
    float liberationWidth(boolean bold, String text, float size) {
        int thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += advance(bold, text.charAt(i));
        }
        return thousandths * size / 1000f;
    }

    /** Where a line's text goes, a run at a time, in whichever writer draws it. */
    interface RunSink {
        /** Text Liberation Serif prints, starting at {@code x}. */
        void liberation(float x, String text);

        /** A run shaped in a fallback face, starting at {@code x}. */
        void shaped(float x, FallbackFace.Shaped run);
    }

    /** Hands {@code text}, starting at {@code x}, to {@code sink}: in one piece when Liberation prints all of it. */
    void draw(boolean bold, float size, float x, String text, RunSink sink) {
        if (allLiberation(bold, text)) {
            sink.liberation(x, text);
            return;
        }
        float at = x;
        for (FontRuns.Run run : runs(bold, size, text)) {
            if (run.liberation()) {
                sink.liberation(at, run.text());
            } else {
                sink.shaped(at, run.shaped());
            }
            at += run.width();
        }
    }

    /**
     * The line cut into runs by font, in visual order, or null when Liberation prints all of it.
     * Remembered, as layout measures a line and each PDF then draws it.
     */
    List<FontRuns.Run> runs(boolean bold, float size, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (advanceOrMissing(bold, text.charAt(i)) < 0) {
                RunKey key = new RunKey(bold, size, text);
                List<FontRuns.Run> runs = shapedRuns.get(key);
                if (runs == null) {
                    if (shapedRuns.size() >= MAX_SHAPED) {
                        shapedRuns.clear();
                    }
                    List<FontRuns.Run> split = FontRuns.split(this, fallback, bold, size, text);
                    runs = split == null ? List.of() : List.copyOf(split);
                    shapedRuns.put(key, runs);
                }
                return runs.isEmpty() ? null : runs;
            }
        }
        return null;
    }

    private float runWidth(boolean bold, String text, float size) {
        List<FontRuns.Run> runs = runs(bold, size, text);
        if (runs == null) {
            return liberationWidth(bold, text, size);
        }
        float width = 0;
        for (FontRuns.Run run : runs) {
            width += run.width();
        }
        return width;
    }

    /** The face whose metrics (ascent, bounding box, name) describe the font in a PDF. */
    BaseFont baseFont(boolean bold) {
        return bold ? compact.bold() : compact.regular();
    }

    /** The whole TrueType file of a face, for cutting down to the characters a document uses. */
    static byte[] fontFile(boolean bold) {
        return readFont(bold ? BOLD : REGULAR);
    }

    /** The one set of fonts for the whole application. */
    public static LetterFonts shared() {
        return SHARED.get();
    }

    /** The compact faces when they can show every text given, else the full Liberation Serif. */
    Faces facesFor(Iterable<String> texts) {
        for (String text : texts) {
            if (text != null && !compact.canShow(text)) {
                return full();
            }
        }
        return compact;
    }

    /** True when some font (Liberation Serif or an installed fallback) prints every character of {@code text}. */
    public boolean canShow(String text) {
        return compact.canShow(text) || full().canShow(text) || unprintable(text).isEmpty();
    }

    /**
     * The characters of {@code text} a PDF letter cannot show, because neither Liberation Serif nor any
     * fallback font on this computer has a glyph for them, each once, in the order they first appear;
     * empty when all can be printed. Spaces, line breaks and invisible formatting marks (a soft hyphen, say) are not counted.
     */
    public String unprintable(String text) {
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean plain = cp >= 0x20 && cp < 0x7f;
            boolean invisible = Character.isWhitespace(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT;
            if (!plain && !invisible && !printable(cp)
                    && missing.indexOf(new String(Character.toChars(cp))) < 0) {
                missing.appendCodePoint(cp);
            }
        }
        return missing.toString();
    }

    private boolean printable(int cp) {
        return liberationHas(cp) || fallback.faceFor(cp, false).isPresent();
    }

    private Faces full() {
        return full.get();
    }

    private static byte[] readFont(String fileName) {
        String resource = FONT_FOLDER + fileName;
        try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }

    private static BaseFont load(String fileName, boolean compacted) {
        try {
            byte[] ttf = readFont(fileName);
            if (compacted) {
                ttf = CompactTrueType.compact(ttf, COMPACT_REPERTOIRE);
            }
            // Identity-H + embedded: any Unicode character the font has, written as a subset per document.
            BaseFont font = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
            // Fastest deflate: a letter is a little bigger and much quicker to write; the font stream dominates both.
            font.setCompressionLevel(Deflater.BEST_SPEED);
            return font;
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot parse font " + fileName, e);
        }
    }
}
