package org.dearmp.export.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** What every embedded font subset needs around its glyphs: a subset tag, a ToUnicode CMap's frame, compression. */
final class FontStreams {
    private FontStreams() {
    }

    /** Six capital letters that name a subset, as PDF requires; the same seed always gets the same tag. */
    static String subsetTag(String seed) {
        long hash = seed.hashCode() * 0x9E3779B97F4A7C15L;
        char[] tag = new char[6];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('A' + Math.floorMod(hash >>> (i * 5), 26));
        }
        return new String(tag);
    }

    /** The start of a ToUnicode CMap for two-byte glyph codes, up to its first {@code beginbfchar}. */
    static StringBuilder toUnicodeStart(int entries) {
        return new StringBuilder(256 + entries * 24)
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    }

    /** Closes a CMap begun by {@link #toUnicodeStart} and gives its bytes. */
    static byte[] toUnicodeEnd(StringBuilder cmap) {
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Deflates {@code data} at {@code level} ({@link Deflater#BEST_SPEED} to {@link Deflater#BEST_COMPRESSION}). */
    static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
