package org.dearmp.export.pdf;

import org.dearmp.export.ExportException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.dearmp.core.AppInfo;
import org.dearmp.i18n.Messages;

/**
 * Writes one laid-out letter as a complete PDF 1.7 file: A4 pages of text in embedded, subset
 * Liberation Serif (Type 0 / CIDFontType2, Identity-H, with ToUnicode so the text can be searched and
 * copied), and the document's title, author and subject. Text in a fallback face (see {@link FontRuns})
 * embeds that face too, cut to the glyphs shaping chose ({@link FallbackCuts}).
 *
 * <p>A letter's PDF has one fixed shape, so it is written directly rather than through OpenPDF's
 * general document engine: the fonts come ready-made from {@link FontCuts} and only the page text is
 * new. That makes a letter's file about ten times cheaper, which is what lets a batch write thousands
 * a minute. OpenPDF still writes the batch's print file and reads these files back in the tests.
 */
final class OneLetterPdf {

    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final String QUIET_GREY = "0.333 g\n";
    private static final int CATALOG = 1;
    private static final int PAGES = 2;
    private static final int INFO = 3;
    private static final int FIRST_FONT = 4;
    private static final int OBJECTS_PER_FONT = 5;

    private final FontCuts cuts;

    OneLetterPdf(FontCuts cuts) {
        this.cuts = cuts;
    }

    void write(LaidOutLetter letter, PdfDocumentInfo info, Instant created, OutputStream out) throws IOException {
        LetterFonts letterFonts = cuts.fonts();
        StringBuilder regularChars = new StringBuilder(128);
        StringBuilder boldChars = new StringBuilder(64);
        boolean anyBold = false;
        Map<FallbackFace, TreeMap<Integer, String>> fallbackGlyphs = new LinkedHashMap<>();
        StringBuilder unprintable = new StringBuilder();
        for (LaidOutLetter.Page page : letter.pages()) {
            for (LaidOutLetter.Line line : page.lines()) {
                StringBuilder chars = line.bold() ? boldChars : regularChars;
                anyBold |= line.bold();
                if (letterFonts.allLiberation(line.bold(), line.text())) {
                    chars.append(line.text());
                    continue;
                }
                unprintable.append(letterFonts.unprintable(line.text()));
                List<FontRuns.Run> runs = letterFonts.runs(line.bold(), line.size(), line.text());
                for (FontRuns.Run run : runs == null ? List.<FontRuns.Run>of() : runs) {
                    if (run.liberation()) {
                        chars.append(run.text());
                    } else {
                        FallbackFace.Shaped shaped = run.shaped();
                        TreeMap<Integer, String> glyphs = fallbackGlyphs.computeIfAbsent(shaped.face(), f -> new TreeMap<>());
                        for (int g = 0; g < shaped.glyphs().length; g++) {
                            String text = shaped.unicode()[g];
                            glyphs.merge(shaped.glyphs()[g], text == null ? "" : text, (a, b) -> a.isEmpty() ? b : a);
                        }
                    }
                }
            }
        }
        if (!unprintable.isEmpty()) {
            throw new ExportException.Unprintable(letterFonts.unprintable(unprintable.toString()));
        }
        List<FontCuts.Cut> fonts = new ArrayList<>(2);
        FontCuts.Cut regular = cuts.cutFor(false, regularChars);
        fonts.add(regular);
        FontCuts.Cut bold = null;
        if (anyBold) {
            bold = cuts.cutFor(true, boldChars);
            fonts.add(bold);
        }
        Map<FallbackFace, Fallback> fallbacks = new LinkedHashMap<>();
        int nextObject = FIRST_FONT + OBJECTS_PER_FONT * fonts.size();
        for (Map.Entry<FallbackFace, TreeMap<Integer, String>> used : fallbackGlyphs.entrySet()) {
            fallbacks.put(used.getKey(), new Fallback("/F" + (3 + fallbacks.size()), nextObject,
                    FALLBACK_CUTS.cutFor(used.getKey(), used.getValue())));
            nextObject += OBJECTS_PER_FONT;
        }

        int pageCount = letter.pageCount();
        int firstPage = nextObject;
        int fontBytes = 0;
        for (FontCuts.Cut font : fonts) {
            fontBytes += font.objects().bytes().length;
        }
        for (Fallback font : fallbacks.values()) {
            fontBytes += font.cut().fontFile().length + font.cut().toUnicode().length + font.cut().widths().length() + 1024;
        }
        PdfBody pdf = new PdfBody(firstPage + 2 * pageCount - 1, fontBytes + 2048 + 3072 * pageCount);
        pdf.raw(HEADER);

        pdf.begin(CATALOG).ascii("<< /Type /Catalog /Pages ").ref(PAGES).ascii(" /Lang (en-GB) >>").end();
        pdf.begin(PAGES).ascii("<< /Type /Pages /Count ").ascii(pageCount).ascii(" /Kids [");
        for (int i = 0; i < pageCount; i++) {
            pdf.ascii(' ').ref(firstPage + 2 * i);
        }
        pdf.ascii("] >>").end();
        pdf.begin(INFO).ascii("<<");
        pdf.ascii(" /Title ").text(info.title()).ascii(" /Author ").text(info.author()).ascii(" /Subject ").text(info.subject());
        String maker = Messages.get("app.title") + " " + AppInfo.version();
        pdf.ascii(" /Creator ").text(maker).ascii(" /Producer ").text(maker);
        String date = pdfDate(created.atZone(ZoneOffset.UTC));
        pdf.ascii(" /CreationDate ").text(date).ascii(" /ModDate ").text(date).ascii(" >>").end();

        for (FontCuts.Cut font : fonts) {
            pdf.objects(font.objects().bytes(), font.objects().offsets(), font.objects().first(), font.objects().digest());
        }
        for (Fallback font : fallbacks.values()) {
            FallbackCuts.Cut cut = font.cut();
            writeFont(pdf, font.object(), cut.fontName(), cut.widths(), cut.face().pdfFace(), 4, cut.fontFile(),
                    cut.program().font().length, cut.toUnicode());
        }
        String resources = resources(fonts.size(), fallbacks.values());
        for (int i = 0; i < pageCount; i++) {
            int pageObject = firstPage + 2 * i;
            pdf.begin(pageObject).ascii("<< /Type /Page /Parent ").ref(PAGES)
                    .ascii(" /MediaBox [0 0 ").number(LetterLayout.PAGE_WIDTH).ascii(' ').number(LetterLayout.PAGE_HEIGHT)
                    .ascii("] /Resources ").ascii(resources).ascii(" /Contents ").ref(pageObject + 1).ascii(" >>").end();
            byte[] content = deflate(content(letter.pages().get(i), regular, bold, letterFonts, fallbacks));
            pdf.begin(pageObject + 1).ascii("<< /Length ").ascii(content.length).ascii(" /Filter /FlateDecode >>\nstream\n")
                    .raw(content).ascii("\nendstream").end();
        }
        pdf.finish(CATALOG, INFO);
        pdf.writeTo(out);
    }

    private static String resources(int fonts, Iterable<Fallback> fallbacks) {
        StringBuilder r = new StringBuilder("<< /ProcSet [/PDF /Text] /Font <<");
        for (int f = 0; f < fonts; f++) {
            r.append(" /F").append(f + 1).append(' ').append(FIRST_FONT + OBJECTS_PER_FONT * f).append(" 0 R");
        }
        for (Fallback font : fallbacks) {
            r.append(' ').append(font.name()).append(' ').append(font.object()).append(" 0 R");
        }
        return r.append(" >> >>").toString();
    }

    /** A fallback face in this letter's file: its resource name, its first object and its cut. */
    private record Fallback(String name, int object, FallbackCuts.Cut cut) {
    }

    /**
     * A cut's five font objects, written once at the numbers they always have in a letter's file (the
     * regular face first, the bold after it) and then copied into each file.
     */
    record FontObjects(int first, byte[] bytes, int[] offsets, byte[] digest) {
        static FontObjects of(FontCuts.Cut cut) {
            int first = cut.face().bold() ? FIRST_FONT + OBJECTS_PER_FONT : FIRST_FONT;
            PdfBody body = new PdfBody(first + OBJECTS_PER_FONT, cut.fontFile().length + cut.toUnicode().length
                    + cut.widths().length() + 2048);
            writeFont(body, first, cut);
            int[] offsets = new int[OBJECTS_PER_FONT];
            for (int i = 0; i < OBJECTS_PER_FONT; i++) {
                offsets[i] = (int) body.offsetOf(first + i);
            }
            byte[] bytes = body.bytes();
            return new FontObjects(first, bytes, offsets, PdfBody.fileId(bytes, bytes.length));
        }
    }

    /** Type 0 font, its CIDFontType2 descendant, the descriptor, the font file and the ToUnicode map. */
    private static void writeFont(PdfBody pdf, int type0, FontCuts.Cut cut) {
        writeFont(pdf, type0, cut.fontName(), cut.widths(), cut.face(), cut.face().bold() ? 32 + 262144 : 32,
                cut.fontFile(), cut.fontFileLength(), cut.toUnicode());
    }

    private static void writeFont(PdfBody pdf, int type0, String fontName, String widths, FontCuts.Face face, int flags,
                                  byte[] fontFile, int fontFileLength, byte[] toUnicode) {
        int cidFont = type0 + 1;
        int descriptor = type0 + 2;
        int file = type0 + 3;
        int toUnicodeObject = type0 + 4;
        pdf.begin(type0).ascii("<< /Type /Font /Subtype /Type0 /BaseFont /").ascii(fontName)
                .ascii(" /Encoding /Identity-H /DescendantFonts [").ref(cidFont).ascii("] /ToUnicode ").ref(toUnicodeObject)
                .ascii(" >>").end();
        pdf.begin(cidFont).ascii("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /").ascii(fontName)
                .ascii(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
                .ref(descriptor).ascii(" /CIDToGIDMap /Identity /DW 1000 /W ").ascii(widths).ascii(" >>").end();
        int[] box = face.box();
        pdf.begin(descriptor).ascii("<< /Type /FontDescriptor /FontName /").ascii(fontName)
                .ascii(" /Flags ").ascii(flags)
                .ascii(" /FontBBox [").ascii(box[0]).ascii(' ').ascii(box[1]).ascii(' ').ascii(box[2]).ascii(' ').ascii(box[3])
                .ascii("] /ItalicAngle ").ascii(face.italicAngle()).ascii(" /Ascent ").ascii(face.ascent())
                .ascii(" /Descent ").ascii(face.descent()).ascii(" /CapHeight ").ascii(face.capHeight())
                .ascii(" /StemV 80 /FontFile2 ").ref(file).ascii(" >>").end();
        pdf.begin(file).ascii("<< /Length ").ascii(fontFile.length).ascii(" /Length1 ").ascii(fontFileLength)
                .ascii(" /Filter /FlateDecode >>\nstream\n").raw(fontFile).ascii("\nendstream").end();
        pdf.begin(toUnicodeObject).ascii("<< /Length ").ascii(toUnicode.length).ascii(" /Filter /FlateDecode >>\nstream\n")
                .raw(toUnicode).ascii("\nendstream").end();
    }

    /**
     * The page's text: each line placed by its own text matrix, in glyph ids (Identity-H). A line with
     * text in a fallback face is drawn run by run, each shaped glyph where shaping put it, inside a
     * span whose /ActualText is the run's text in reading order.
     */
    private static byte[] content(LaidOutLetter.Page page, FontCuts.Cut regularCut, FontCuts.Cut boldCut,
                                  LetterFonts fonts, Map<FallbackFace, Fallback> fallbacks) {
        PdfBody text = new PdfBody(0, 96 * page.lines().size() + 64);
        text.ascii("BT\n");
        page.drawOn(new LaidOutLetter.TextCanvas() {
            private FontCuts.Cut cut = regularCut;
            private boolean bold;
            private float size;
            private String fontSet = "";
            private float sizeSet = -1;

            @Override
            public void font(boolean bold, float size) {
                this.bold = bold;
                this.size = size;
                cut = bold ? boldCut : regularCut;
            }

            private void use(String font) {
                if (!font.equals(fontSet) || size != sizeSet) {
                    text.ascii(font).ascii(' ').number(size).ascii(" Tf\n");
                    fontSet = font;
                    sizeSet = size;
                }
            }

            @Override
            public void colour(boolean quiet) {
                text.ascii(quiet ? QUIET_GREY : "0 g\n");
            }

            @Override
            public void text(float x, float y, String line) {
                List<FontRuns.Run> runs = fonts.allLiberation(bold, line) ? null : fonts.runs(bold, size, line);
                if (runs == null) {
                    liberation(x, y, line);
                    return;
                }
                float at = x;
                for (FontRuns.Run run : runs) {
                    if (run.liberation()) {
                        liberation(at, y, run.text());
                    } else {
                        shaped(at, y, run.shaped());
                    }
                    at += run.width();
                }
            }

            private void liberation(float x, float y, String line) {
                use(bold ? "/F2" : "/F1");
                text.ascii("1 0 0 1 ").number(x).ascii(' ').number(y).ascii(" Tm <");
                for (int i = 0; i < line.length(); i++) {
                    int glyph = cut.glyph(line.charAt(i));
                    if (glyph != 0) {
                        text.hex4(glyph);
                    }
                }
                text.ascii("> Tj\n");
            }

            private void shaped(float x, float y, FallbackFace.Shaped run) {
                Fallback font = fallbacks.get(run.face());
                use(font.name());
                if (run.actualText() != null) {
                    text.ascii("/Span << /ActualText ").text(run.actualText()).ascii(" >> BDC\n");
                }
                boolean open = false;
                float penX = 0;
                float penY = 0;
                for (int g = 0; g < run.glyphs().length; g++) {
                    float gx = x + run.x()[g];
                    float gy = y + run.y()[g];
                    if (!open || Math.abs(gx - penX) > POSITION_TOLERANCE || gy != penY) {
                        text.ascii(open ? "> Tj\n1 0 0 1 " : "1 0 0 1 ").number(gx).ascii(' ').number(gy).ascii(" Tm <");
                        open = true;
                        penX = gx;
                        penY = gy;
                    }
                    text.hex4(font.cut().glyph(run.glyphs()[g]));
                    penX += run.face().thousandths(run.glyphs()[g]) * run.size() / 1000f;
                }
                if (open) {
                    text.ascii("> Tj\n");
                }
                if (run.actualText() != null) {
                    text.ascii("EMC\n");
                }
            }
        });
        text.ascii("ET");
        return text.bytes();
    }

    /** How far, in points, a shaped glyph may sit from where the pen would put it before it is placed on its own. */
    private static final float POSITION_TOLERANCE = 0.05f;

    private static final FallbackCuts FALLBACK_CUTS = new FallbackCuts();

    /** One compressor per writing thread, reset for each page: making one costs more than a page's text. */
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    private static byte[] deflate(byte[] data) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length / 2 + 64];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return java.util.Arrays.copyOf(out, length);
    }

    /** D:YYYYMMDDHHmmSS followed by the UTC offset, as PDF dates are written. */
    static String pdfDate(ZonedDateTime time) {
        StringBuilder date = new StringBuilder(17).append("D:").append(time.getYear());
        for (int part : new int[] {time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(),
                time.getSecond()}) {
            date.append((char) ('0' + part / 10)).append((char) ('0' + part % 10));
        }
        return date.append('Z').toString();
    }
}
