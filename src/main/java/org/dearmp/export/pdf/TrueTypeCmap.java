package org.dearmp.export.pdf;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the character map of a TrueType font: which glyph shows each Unicode code point. Takes the
 * Windows full-Unicode subtable (3,10, format 12) when there is one, so emoji and rare CJK outside the
 * Basic Multilingual Plane are found, else the Windows BMP subtable (3,1, format 4), else a Unicode
 * platform (0,x) subtable of either format.
 */
final class TrueTypeCmap {

    private TrueTypeCmap() {
    }

    /**
     * Code point to glyph id, in code point order; glyph 0 (missing) left out.
     *
     * @param font the font's bytes (or just its cmap table), absolute offsets
     * @param cmap where the cmap table starts in {@code font}
     */
    static Map<Integer, Integer> read(ByteBuffer font, int cmap) {
        int count = font.getShort(cmap + 2) & 0xffff;
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int platform = font.getShort(cmap + 4 + 8 * i) & 0xffff;
            int encoding = font.getShort(cmap + 6 + 8 * i) & 0xffff;
            int at = cmap + font.getInt(cmap + 8 + 8 * i);
            int format = font.getShort(at) & 0xffff;
            int rank;
            if (platform == 3 && encoding == 10 && format == 12) {
                rank = 0;
            } else if (platform == 0 && format == 12) {
                rank = 1;
            } else if (platform == 3 && encoding == 1 && format == 4) {
                rank = 2;
            } else if (platform == 0 && format == 4) {
                rank = 3;
            } else {
                continue;
            }
            if (rank < bestRank) {
                bestRank = rank;
                best = at;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("The font has no Unicode cmap");
        }
        return (font.getShort(best) & 0xffff) == 12 ? readFormat12(font, best) : readFormat4(font, best);
    }

    private static Map<Integer, Integer> readFormat4(ByteBuffer font, int at) {
        Map<Integer, Integer> map = new TreeMap<>();
        int segCount = (font.getShort(at + 6) & 0xffff) / 2;
        int ends = at + 14;
        int starts = ends + segCount * 2 + 2;
        int deltas = starts + segCount * 2;
        int rangeOffsets = deltas + segCount * 2;
        for (int s = 0; s < segCount; s++) {
            int end = font.getShort(ends + 2 * s) & 0xffff;
            int start = font.getShort(starts + 2 * s) & 0xffff;
            int delta = font.getShort(deltas + 2 * s);
            int rangeOffsetAt = rangeOffsets + 2 * s;
            int rangeOffset = font.getShort(rangeOffsetAt) & 0xffff;
            for (int c = start; c <= end && c != 0xffff; c++) {
                int gid;
                if (rangeOffset == 0) {
                    gid = (c + delta) & 0xffff;
                } else {
                    int g = font.getShort(rangeOffsetAt + rangeOffset + 2 * (c - start)) & 0xffff;
                    gid = g == 0 ? 0 : (g + delta) & 0xffff;
                }
                if (gid != 0) {
                    map.put(c, gid);
                }
            }
        }
        return map;
    }

    private static Map<Integer, Integer> readFormat12(ByteBuffer font, int at) {
        Map<Integer, Integer> map = new TreeMap<>();
        long groups = font.getInt(at + 12) & 0xffffffffL;
        for (int g = 0; g < groups; g++) {
            int group = at + 16 + 12 * g;
            int start = font.getInt(group);
            int end = Math.min(font.getInt(group + 4), 0x10ffff);
            int gid = font.getInt(group + 8);
            for (int c = start; c <= end; c++, gid++) {
                if (gid != 0) {
                    map.put(c, gid);
                }
            }
        }
        return map;
    }
}
