package org.dearmp.export.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads just the parts of an installed font file a fallback search needs, without loading the whole file. */
final class FontTables {

    private FontTables() {
    }

    /**
     * The font's character map, and its OS/2 embedding flags in {@code fsTypeOut[0]}; empty for
     * anything without TrueType outlines (CFF OpenType, Type 1). Of a collection (.ttc), the first font.
     */
    static Optional<Map<Integer, Integer>> readCmap(Path file, int[] fsTypeOut) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[16];
            in.readFully(head);
            if (ByteBuffer.wrap(head).getInt(0) == CompactTrueType.TTC_TAG) { // a collection: its first font
                in.seek(ByteBuffer.wrap(head).getInt(12) & 0xffffffffL);
                in.readFully(head, 0, 12);
            } else {
                in.seek(12);
            }
            int version = ByteBuffer.wrap(head).getInt(0);
            if (version != 0x00010000 && version != 0x74727565) { // not 'OTTO' (CFF outlines)
                return Optional.empty();
            }
            int count = ByteBuffer.wrap(head).getShort(4) & 0xffff;
            byte[] directory = new byte[16 * count];
            in.readFully(directory);
            ByteBuffer dir = ByteBuffer.wrap(directory);
            int[] cmap = null;
            int[] os2 = null;
            boolean glyf = false;
            for (int i = 0; i < count; i++) {
                String tag = new String(directory, 16 * i, 4, StandardCharsets.ISO_8859_1);
                int[] place = {dir.getInt(16 * i + 8), dir.getInt(16 * i + 12)};
                switch (tag) {
                    case "cmap" -> cmap = place;
                    case "OS/2" -> os2 = place;
                    case "glyf" -> glyf = true;
                    default -> { }
                }
            }
            if (cmap == null || os2 == null || !glyf) {
                return Optional.empty();
            }
            byte[] os2Bytes = new byte[10];
            in.seek(os2[0]);
            in.readFully(os2Bytes);
            fsTypeOut[0] = ByteBuffer.wrap(os2Bytes).getShort(8) & 0xffff;
            byte[] cmapBytes = new byte[cmap[1]];
            in.seek(cmap[0]);
            in.readFully(cmapBytes);
            return Optional.of(TrueTypeCmap.read(ByteBuffer.wrap(cmapBytes), 0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged or unusual file: another font will do
        }
    }
}
