package org.dearmp.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Deflater;
import org.dearmp.core.Lazy;

/**
 * One installed TrueType font that prints what Liberation Serif cannot. Which characters it has is
 * read from its cmap the first time anyone asks; the font itself is loaded only when a letter uses it.
 *
 * <p>Text is shaped by the JDK's own OpenType engine ({@link Font#layoutGlyphVector}, HarfBuzz inside):
 * Arabic letters take their joined forms and run right to left, Devanagari vowel signs move and
 * consonants join into conjuncts, exactly as the font's GSUB and GPOS tables say. The glyph ids it
 * gives are the font file's own, so the PDF embeds just those glyphs and places each where the shaping
 * put it.
 */
final class FallbackFace {

    /** Shaping without hinting or rounding: positions in points, as the font designs them. */
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, false, true);
    /** OS/2 fsType bit 1: "restricted licence embedding", which forbids embedding the font at all. */
    private static final int RESTRICTED = 0x0002;
    /** OS/2 fsType bits 8 and 9: no subsetting; bitmaps only. Either rules out the way fonts are embedded here. */
    private static final int NO_SUBSET_OR_BITMAP_ONLY = 0x0300;

    /**
     * A run of text shaped in this face, left to right as it appears on the page.
     *
     * @param rightToLeft true when shaped right to left (Arabic, Hebrew)
     * @param glyphs   the font's glyph ids, in visual order
     * @param x        each glyph's origin from the run's start, in points
     * @param y        each glyph's raise above the baseline, in points
     * @param advance  the run's whole width, in points
     * @param unicode  the text each glyph stands for (the first glyph of a cluster), else null
     * @param vector   the JDK's glyph vector, which OpenPDF can write directly
     */
    record Shaped(FallbackFace face, String text, float size, boolean rightToLeft, int[] glyphs, float[] x, float[] y,
                  float advance, String[] unicode, GlyphVector vector, int[] vectorIndex) {
        /**
         * The run's text for /ActualText, or null for right-to-left text: readers (poppler's among them)
         * take an ActualText's characters as running left to right across the run and then turn an RTL
         * word round, so Arabic reads back reversed. Without it, each glyph's ToUnicode entry gives the
         * letter it shows, and readers order right-to-left glyphs by their place on the page.
         */
        String actualText() {
            return rightToLeft ? null : text;
        }
    }

    private final Path file;
    private final String nameKey;
    private final Lazy<BitSet> coverage = Lazy.of(this::readCoverage);
    private final Lazy<Loaded> loaded = Lazy.of(this::load);
    private volatile boolean broken;

    private record Loaded(Font font, CompactTrueType program, BaseFont baseFont, FontCuts.Face face) {
    }

    private FallbackFace(Path file) {
        this.file = file;
        this.nameKey = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static Optional<FallbackFace> open(Path file) {
        return Files.isRegularFile(file) ? Optional.of(new FallbackFace(file)) : Optional.empty();
    }

    Path file() {
        return file;
    }

    /** The file name in lower case letters and digits, for matching script names ("notonaskharabicregularttf"). */
    String nameKey() {
        return nameKey;
    }

    boolean covers(int cp) {
        return coverage().get(cp);
    }

    boolean coversAllOf(FallbackFace other) {
        BitSet missing = (BitSet) other.coverage().clone();
        missing.andNot(coverage());
        return missing.isEmpty() && !coverage().isEmpty();
    }

    private BitSet coverage() {
        return coverage.get();
    }

    private BitSet readCoverage() {
        int[] fsType = {RESTRICTED};
        BitSet set = new BitSet();
        FontTables.readCmap(file, fsType).filter(m -> embeddable(fsType[0]))
                .ifPresent(map -> map.keySet().forEach(set::set));
        return set;
    }

    /** Whether the font's licence (OS/2 fsType) lets a subset of its outlines be embedded in a document. */
    static boolean embeddable(int fsType) {
        return (fsType & 0x000f) != RESTRICTED && (fsType & NO_SUBSET_OR_BITMAP_ONLY) == 0;
    }

    /** True once the font has loaded (a damaged file is found out here, before a letter relies on it). */
    boolean usable() {
        if (broken) {
            return false;
        }
        try {
            loaded();
            return true;
        } catch (IllegalStateException e) {
            broken = true;
            return false;
        }
    }

    /** The face as a PDF describes it, with the PostScript name. */
    FontCuts.Face pdfFace() {
        return loaded().face();
    }

    /** The font, parsed once, for documents OpenPDF writes (each keeps its own record of glyphs used). */
    BaseFont baseFont() {
        return loaded().baseFont();
    }

    CompactTrueType program() {
        return loaded().program();
    }

    /** The width of {@code cp}'s own glyph, unshaped, in points. */
    float nominalWidth(int cp, float size) {
        CompactTrueType program = program();
        return thousandths(program.glyphOf(cp)) * size / 1000f;
    }

    /** A glyph's advance in thousandths of an em, as a PDF width array gives it. */
    int thousandths(int glyph) {
        CompactTrueType program = program();
        return program.advanceWidth(glyph) * 1000 / program.unitsPerEm();
    }

    /** Shapes a run of text all in this face, all of one direction. */
    Shaped shape(String text, float size, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        Font font = loaded().font().deriveFont(size);
        GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = vector.getNumGlyphs();
        int[] glyphs = new int[n];
        float[] x = new float[n];
        float[] y = new float[n];
        int[] index = new int[n];
        int[] charOf = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int glyph = vector.getGlyphCode(i);
            if (glyph <= 0 || glyph >= 0xfffe) {
                continue; // invisible (a joiner, say) or missing: nothing to draw
            }
            Point2D at = vector.getGlyphPosition(i);
            glyphs[kept] = glyph;
            x[kept] = (float) at.getX();
            y[kept] = (float) -at.getY();
            index[kept] = i;
            charOf[kept] = vector.getGlyphCharIndex(i);
            kept++;
        }
        float advance = (float) vector.getGlyphPosition(n).getX();
        return new Shaped(this, text, size, rightToLeft, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept), Arrays.copyOf(y, kept),
                advance, clusters(text, Arrays.copyOf(charOf, kept)), vector, Arrays.copyOf(index, kept));
    }

    /**
     * What each glyph stands for: a cluster runs from its glyph's first character to the next character
     * any glyph starts at; the cluster's text goes to its first glyph, the others stand for nothing.
     */
    private static String[] clusters(String text, int[] charOf) {
        int[] starts = Arrays.stream(charOf).filter(c -> c >= 0 && c < text.length()).distinct().sorted().toArray();
        String[] unicode = new String[charOf.length];
        BitSet given = new BitSet();
        for (int g = 0; g < charOf.length; g++) {
            int start = charOf[g];
            int at = Arrays.binarySearch(starts, start);
            if (at < 0 || given.get(start)) {
                continue;
            }
            given.set(start);
            int end = at + 1 < starts.length ? starts[at + 1] : text.length();
            unicode[g] = text.substring(start, end);
        }
        return unicode;
    }

    private Loaded loaded() {
        return loaded.get();
    }

    private Loaded load() {
        try {
            byte[] ttf = Files.readAllBytes(file);
            Font font = Font.createFonts(file.toFile())[0]; // of a collection, the first font, as elsewhere
            String name = file.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                name = name.substring(0, name.length() - 4) + ".ttc,0";
            }
            BaseFont baseFont = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    ttf, null);
            baseFont.setCompressionLevel(Deflater.BEST_SPEED);
            FontCuts.Face face = FontCuts.describe(baseFont, false);
            String postScript = face.postScriptName().replaceAll("[^A-Za-z0-9_.-]", "");
            face = new FontCuts.Face(postScript.isEmpty() ? "Fallback" : postScript, false, face.ascent(),
                    face.descent(), face.capHeight(), face.italicAngle(), face.box());
            return new Loaded(font, CompactTrueType.of(ttf), baseFont, face);
        } catch (IOException | FontFormatException | RuntimeException e) {
            throw new IllegalStateException("Cannot load the fallback font " + file.getFileName(), e);
        }
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }
}
