package org.dearmp.export.pdf;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * Fallback faces cut down to the glyphs one letter's shaped text uses, for its one-letter PDF: the
 * TrueType program, the PDF widths and a ToUnicode map (each glyph back to the text it stands for), as
 * {@link FontCuts} does for Liberation Serif. Cuts are remembered by face and glyph set, so letters that
 * share a name or a line in another script share the work.
 */
final class FallbackCuts {

    private static final int MAX_CUTS = 256;

    /**
     * One fallback face cut down.
     *
     * @param program the cut, with where each original glyph went
     */
    record Cut(String fontName, FallbackFace face, CompactTrueType.Cut program, byte[] fontFile, byte[] toUnicode,
               String widths) {
        int glyph(int original) {
            return program.newGlyph(original);
        }
    }

    private record Key(FallbackFace face, SortedMap<Integer, String> glyphs) {
    }

    private final Map<Key, Cut> cuts = new ConcurrentHashMap<>();

    /** A cut of {@code face} with the glyphs given, each with the text it stands for (or null). */
    Cut cutFor(FallbackFace face, SortedMap<Integer, String> glyphs) {
        Key key = new Key(face, new TreeMap<>(glyphs));
        Cut cut = cuts.get(key);
        if (cut == null) {
            if (cuts.size() >= MAX_CUTS) {
                cuts.clear();
            }
            cut = cuts.computeIfAbsent(key, k -> make(k.face(), k.glyphs()));
        }
        return cut;
    }

    private static Cut make(FallbackFace face, SortedMap<Integer, String> glyphs) {
        CompactTrueType.Cut program = face.program().cutGlyphs(glyphs.keySet());
        StringBuilder widths = new StringBuilder(program.advances().length * 4 + 8).append("[0 [");
        for (int advance : program.advances()) {
            widths.append(advance * 1000 / program.unitsPerEm()).append(' ');
        }
        widths.setLength(widths.length() - 1);
        widths.append("]]");
        TreeMap<Integer, String> textOf = new TreeMap<>();
        glyphs.forEach((glyph, text) -> {
            int cut = program.newGlyph(glyph);
            if (cut != 0 && text != null && !text.isEmpty()) {
                textOf.putIfAbsent(cut, text);
            }
        });
        String tag = FontStreams.subsetTag(glyphs.keySet().toString() + face.file());
        return new Cut(tag + "+" + face.pdfFace().postScriptName(), face, program,
                FontStreams.deflate(program.font(), Deflater.BEST_SPEED),
                FontStreams.deflate(toUnicode(textOf), Deflater.BEST_SPEED), widths.toString());
    }

    /** A CMap from each glyph back to its text (several characters for a conjunct or ligature). */
    static byte[] toUnicode(Map<Integer, String> textOf) {
        StringBuilder cmap = FontStreams.toUnicodeStart(textOf.size());
        Integer[] glyphs = textOf.keySet().toArray(new Integer[0]);
        for (int from = 0; from < glyphs.length; from += 100) {
            int to = Math.min(glyphs.length, from + 100);
            cmap.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                cmap.append('<').append(FontCuts.hex4(glyphs[i])).append("> <");
                String text = textOf.get(glyphs[i]);
                for (int k = 0; k < text.length(); k++) {
                    cmap.append(FontCuts.hex4(text.charAt(k)));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return FontStreams.toUnicodeEnd(cmap);
    }

}
