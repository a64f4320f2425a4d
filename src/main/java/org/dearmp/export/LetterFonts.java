package org.dearmp.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

/**
 * The Liberation Serif faces a letter is set in, loaded once and shared by every document.
 *
 * <p>Built-in PDF fonts cannot show Welsh ŵ ŷ or Polish Ł, so letters embed Liberation (bundled by
 * openpdf-fonts-extra) as Identity-H subsets. Parsing a TrueType file is far dearer than laying out
 * a letter, so the parsed {@link BaseFont}s are kept here and reused: each PDF writer keeps its own
 * record of the glyphs it used, so one BaseFont serves many documents, on any thread.
 */
public final class LetterFonts {

    /** Where openpdf-fonts-extra puts the Liberation TrueType files on the classpath. */
    private static final String FONT_FOLDER = "liberation/";

    private static final class Shared {
        static final LetterFonts INSTANCE = new LetterFonts();
    }

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;

    private LetterFonts() {
        regular = load("LiberationSerif-Regular.ttf");
        bold = load("LiberationSerif-Bold.ttf");
        italic = load("LiberationSerif-Italic.ttf");
    }

    /** The one set of fonts for the whole application. */
    public static LetterFonts shared() {
        return Shared.INSTANCE;
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    public BaseFont italic() {
        return italic;
    }

    /** True when every character of {@code text} has a glyph in the regular face. */
    public boolean canShow(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || regular.charExists(c));
    }

    private static BaseFont load(String fileName) {
        String resource = FONT_FOLDER + fileName;
        try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            byte[] ttf = in.readAllBytes();
            // Identity-H + embedded: any Unicode character the font has, written as a subset per document.
            BaseFont font = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
            // Fastest deflate: a letter is ~5% bigger, and made ~50% faster, as the font stream dominates both.
            font.setCompressionLevel(Deflater.BEST_SPEED);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot parse font " + resource, e);
        }
    }
}
