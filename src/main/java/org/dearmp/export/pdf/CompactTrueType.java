package org.dearmp.export.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Cuts a TrueType font down, once, to the characters letters use: the glyphs for a chosen set of code
 * points (plus the accents composite glyphs are built from), renumbered, with the hinting programs
 * removed. OpenPDF then subsets this small font for each document instead of the full 2,600-glyph one:
 * its per-document tables (loca, hmtx) shrink from 20 KB to a few, and each glyph loses its hinting
 * bytes, which PDF viewers ignore anyway. That is most of the cost of writing a one-letter PDF.
 *
 * <p>The result keeps head, hhea, maxp, OS/2, name (with the licence and copyright), post (v3),
 * cmap (one Windows Unicode BMP subtable), hmtx, loca and glyf.
 */
final class CompactTrueType {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x1;
    private static final int WE_HAVE_A_SCALE = 0x8;
    private static final int MORE_COMPONENTS = 0x20;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x80;
    private static final int WE_HAVE_INSTRUCTIONS = 0x100;

    /** 'ttcf', which starts a TrueType collection. */
    static final int TTC_TAG = 0x74746366;

    private final ByteBuffer font;
    private final Map<String, int[]> tables = new TreeMap<>();
    private final Map<Integer, Integer> cmap;

    /**
     * A cut-down font: the TrueType file, each kept character's glyph in it, and every glyph's
     * advance width in font units ({@code unitsPerEm} to the em).
     */
    record Cut(byte[] font, Map<Integer, Integer> glyphOf, int[] advances, int unitsPerEm, int[] newIdOf) {
        /** Where an original glyph went in the cut (0 when it was not kept). */
        int newGlyph(int oldGlyph) {
            return oldGlyph >= 0 && oldGlyph < newIdOf.length ? newIdOf[oldGlyph] : 0;
        }
    }

    private CompactTrueType(byte[] ttf) {
        font = ByteBuffer.wrap(ttf);
        // A collection (.ttc): the first font's directory; its tables' offsets count from the file's start.
        int directory = font.getInt(0) == TTC_TAG ? font.getInt(12) : 0;
        int count = font.getShort(directory + 4) & 0xffff;
        for (int i = 0; i < count; i++) {
            int at = directory + 12 + 16 * i;
            String tag = new String(ttf, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            tables.put(tag, new int[] {font.getInt(at + 8), font.getInt(at + 12)});
        }
        for (String required : List.of("head", "hhea", "maxp", "OS/2", "name", "post", "cmap", "hmtx", "loca", "glyf")) {
            if (!tables.containsKey(required)) {
                throw new IllegalArgumentException("Not a TrueType font with outlines: no " + required + " table");
            }
        }
        cmap = TrueTypeCmap.read(font, tables.get("cmap")[0]);
    }

    /** A font read once, to be cut many times (safe to share between threads). */
    static CompactTrueType of(byte[] ttf) {
        return new CompactTrueType(ttf);
    }

    /** The font cut down to the BMP code points {@code keep} accepts (and that the font has). */
    static byte[] compact(byte[] ttf, IntPredicate keep) {
        return new CompactTrueType(ttf).cut(keep).font();
    }

    /** The font cut down to the BMP code points {@code keep} accepts (and that the font has). */
    Cut cut(IntPredicate keep) {
        Map<Integer, Integer> oldGlyphOf = new TreeMap<>();
        cmap.forEach((cp, gid) -> {
            if (cp < 0xffff && keep.test(cp) && gid != 0) {
                oldGlyphOf.put(cp, gid);
            }
        });
        TreeSet<Integer> oldGlyphs = new TreeSet<>(List.of(0));
        for (int gid : oldGlyphOf.values()) {
            addWithComponents(gid, oldGlyphs);
        }
        return build(oldGlyphs, oldGlyphOf);
    }

    /**
     * The font cut down to the given glyphs (as text shaping chose them: contextual forms, conjuncts
     * and ligatures have no code point of their own), with {@link Cut#newGlyph} saying where each went.
     */
    Cut cutGlyphs(Iterable<Integer> glyphs) {
        TreeSet<Integer> oldGlyphs = new TreeSet<>(List.of(0));
        for (int gid : glyphs) {
            if (gid > 0 && gid < numGlyphs()) {
                addWithComponents(gid, oldGlyphs);
            }
        }
        Map<Integer, Integer> oldGlyphOf = new TreeMap<>();
        cmap.forEach((cp, gid) -> {
            if (cp < 0xffff && oldGlyphs.contains(gid)) {
                oldGlyphOf.put(cp, gid);
            }
        });
        return build(oldGlyphs, oldGlyphOf);
    }

    private Cut build(TreeSet<Integer> oldGlyphs, Map<Integer, Integer> oldGlyphOf) {
        int[] newIdOf = new int[numGlyphs()];
        List<Integer> order = new ArrayList<>(oldGlyphs);
        for (int i = 0; i < order.size(); i++) {
            newIdOf[order.get(i)] = i;
        }

        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        int[] loca = new int[order.size() + 1];
        for (int i = 0; i < order.size(); i++) {
            loca[i] = glyf.size();
            byte[] glyph = withoutInstructions(glyph(order.get(i)), newIdOf);
            glyf.write(glyph, 0, glyph.length);
            while (glyf.size() % 4 != 0) {
                glyf.write(0);
            }
        }
        loca[order.size()] = glyf.size();

        Map<Integer, Integer> newGlyphOf = new TreeMap<>();
        oldGlyphOf.forEach((cp, gid) -> newGlyphOf.put(cp, newIdOf[gid]));

        Map<String, byte[]> out = new TreeMap<>();
        out.put("glyf", glyf.toByteArray());
        out.put("loca", locaLong(loca));
        out.put("hmtx", hmtx(order));
        out.put("hhea", withShort(copy("hhea"), 34, order.size()));
        out.put("maxp", maxp(order.size()));
        out.put("head", withShort(copy("head"), 50, 1)); // long loca offsets
        out.put("post", post());
        out.put("cmap", cmapFormat4(newGlyphOf));
        out.put("OS/2", copy("OS/2"));
        out.put("name", copy("name"));
        int[] advances = new int[order.size()];
        ByteBuffer hmtx = ByteBuffer.wrap(out.get("hmtx"));
        for (int i = 0; i < advances.length; i++) {
            advances[i] = hmtx.getShort(4 * i) & 0xffff;
        }
        int unitsPerEm = font.getShort(tables.get("head")[0] + 18) & 0xffff;
        return new Cut(assemble(out), newGlyphOf, advances, unitsPerEm, newIdOf);
    }

    /** The glyph that shows {@code cp} in the whole font, or 0. */
    int glyphOf(int cp) {
        return cmap.getOrDefault(cp, 0);
    }

    /** A glyph's advance width in font units, from hmtx. */
    int advanceWidth(int gid) {
        int longMetrics = font.getShort(tables.get("hhea")[0] + 34) & 0xffff;
        return font.getShort(tables.get("hmtx")[0] + 4 * Math.min(gid, longMetrics - 1)) & 0xffff;
    }

    int unitsPerEm() {
        return font.getShort(tables.get("head")[0] + 18) & 0xffff;
    }

    private int numGlyphs() {
        return font.getShort(tables.get("maxp")[0] + 4) & 0xffff;
    }

    private byte[] copy(String tag) {
        int[] t = tables.get(tag);
        byte[] bytes = new byte[t[1]];
        font.get(t[0], bytes);
        return bytes;
    }

    private static byte[] withShort(byte[] table, int offset, int value) {
        ByteBuffer.wrap(table).putShort(offset, (short) value);
        return table;
    }

    private byte[] glyph(int gid) {
        int loca = tables.get("loca")[0];
        boolean shortLoca = font.getShort(tables.get("head")[0] + 50) == 0;
        int start = shortLoca ? (font.getShort(loca + 2 * gid) & 0xffff) * 2 : font.getInt(loca + 4 * gid);
        int end = shortLoca ? (font.getShort(loca + 2 * gid + 2) & 0xffff) * 2 : font.getInt(loca + 4 * gid + 4);
        byte[] bytes = new byte[end - start];
        font.get(tables.get("glyf")[0] + start, bytes);
        return bytes;
    }

    private void addWithComponents(int gid, TreeSet<Integer> glyphs) {
        if (!glyphs.add(gid)) {
            return;
        }
        ByteBuffer g = ByteBuffer.wrap(glyph(gid));
        if (g.capacity() < 10 || g.getShort(0) >= 0) {
            return;
        }
        int at = 10;
        int flags;
        do {
            flags = g.getShort(at) & 0xffff;
            addWithComponents(g.getShort(at + 2) & 0xffff, glyphs);
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
    }

    private static int componentLength(int flags) {
        int length = 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_SCALE) != 0) {
            length += 2;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            length += 4;
        } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            length += 8;
        }
        return length;
    }

    /** The glyph without its hinting instructions; a composite's component ids renumbered. */
    private static byte[] withoutInstructions(byte[] glyph, int[] newIdOf) {
        if (glyph.length == 0) {
            return glyph;
        }
        ByteBuffer g = ByteBuffer.wrap(glyph);
        int contours = g.getShort(0);
        if (contours >= 0) {
            int instructionsAt = 10 + 2 * contours;
            int instructionLength = g.getShort(instructionsAt) & 0xffff;
            int restAt = instructionsAt + 2 + instructionLength;
            byte[] out = new byte[glyph.length - instructionLength];
            System.arraycopy(glyph, 0, out, 0, instructionsAt + 2);
            ByteBuffer.wrap(out).putShort(instructionsAt, (short) 0);
            System.arraycopy(glyph, restAt, out, instructionsAt + 2, glyph.length - restAt);
            return out;
        }
        byte[] out = glyph.clone();
        ByteBuffer o = ByteBuffer.wrap(out);
        int at = 10;
        int flags;
        do {
            flags = o.getShort(at) & 0xffff;
            o.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            o.putShort(at + 2, (short) newIdOf[o.getShort(at + 2) & 0xffff]);
            at += componentLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        return java.util.Arrays.copyOf(out, at);
    }

    private static byte[] locaLong(int[] offsets) {
        ByteBuffer b = ByteBuffer.allocate(offsets.length * 4);
        for (int offset : offsets) {
            b.putInt(offset);
        }
        return b.array();
    }

    /** Every glyph gets a full (advance, left side bearing) pair. */
    private byte[] hmtx(List<Integer> order) {
        int hmtx = tables.get("hmtx")[0];
        int longMetrics = font.getShort(tables.get("hhea")[0] + 34) & 0xffff;
        ByteBuffer b = ByteBuffer.allocate(order.size() * 4);
        for (int gid : order) {
            int advance = font.getShort(hmtx + 4 * Math.min(gid, longMetrics - 1)) & 0xffff;
            short lsb = gid < longMetrics ? font.getShort(hmtx + 4 * gid + 2)
                    : font.getShort(hmtx + 4 * longMetrics + 2 * (gid - longMetrics));
            b.putShort((short) advance).putShort(lsb);
        }
        return b.array();
    }

    /** maxp with the new glyph count and no hinting: no instructions, functions or twilight points. */
    private byte[] maxp(int glyphs) {
        byte[] maxp = copy("maxp");
        ByteBuffer b = ByteBuffer.wrap(maxp);
        b.putShort(4, (short) glyphs);
        if (maxp.length >= 32) {
            b.putShort(14, (short) 1); // maxZones: no twilight zone needed
            b.putShort(16, (short) 0); // maxTwilightPoints
            b.putShort(18, (short) 0); // maxStorage
            b.putShort(20, (short) 0); // maxFunctionDefs
            b.putShort(22, (short) 0); // maxInstructionDefs
            b.putShort(24, (short) 0); // maxStackElements
            b.putShort(26, (short) 0); // maxSizeOfInstructions
        }
        return maxp;
    }

    /** post version 3: the metrics OpenPDF reads, no glyph names. */
    private byte[] post() {
        byte[] post = java.util.Arrays.copyOf(copy("post"), 32);
        ByteBuffer.wrap(post).putInt(0, 0x00030000);
        return post;
    }

    /** A cmap with one (3,1) format 4 subtable: one segment per run of consecutive code points. */
    private static byte[] cmapFormat4(Map<Integer, Integer> glyphOf) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        int previous = -2;
        for (int cp : glyphOf.keySet()) {
            if (cp != previous + 1) {
                if (runStart >= 0) {
                    runs.add(new int[] {runStart, previous});
                }
                runStart = cp;
            }
            previous = cp;
        }
        if (runStart >= 0) {
            runs.add(new int[] {runStart, previous});
        }
        runs.add(new int[] {0xffff, 0xffff});
        int segCount = runs.size();
        int glyphIds = glyphOf.size();
        int subtableLength = 16 + segCount * 8 + glyphIds * 2;
        ByteBuffer b = ByteBuffer.allocate(4 + 8 + subtableLength);
        b.putShort((short) 0).putShort((short) 1);
        b.putShort((short) 3).putShort((short) 1).putInt(12);
        int searchRange = 2 * Integer.highestOneBit(segCount);
        b.putShort((short) 4).putShort((short) subtableLength).putShort((short) 0);
        b.putShort((short) (segCount * 2)).putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 2))
                .putShort((short) (segCount * 2 - searchRange));
        runs.forEach(r -> b.putShort((short) r[1]));
        b.putShort((short) 0);
        runs.forEach(r -> b.putShort((short) r[0]));
        runs.forEach(r -> b.putShort((short) (r[0] == 0xffff ? 1 : 0)));
        // idRangeOffset: from this entry to the run's first id in the glyph id array that follows.
        int idsBefore = 0;
        for (int s = 0; s < segCount; s++) {
            int[] r = runs.get(s);
            if (r[0] == 0xffff) {
                b.putShort((short) 0);
            } else {
                b.putShort((short) (2 * (segCount - s) + 2 * idsBefore));
                idsBefore += r[1] - r[0] + 1;
            }
        }
        glyphOf.values().forEach(g -> b.putShort((short) (int) g));
        return b.array();
    }

    /** Writes the table directory and the tables, 4-byte aligned, with checksums and head's adjustment. */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int entrySelector = Integer.numberOfTrailingZeros(Integer.highestOneBit(count));
        int searchRange = 16 * Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(0x00010000).putShort((short) count).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (count * 16 - searchRange));
        int offset = 12 + 16 * count;
        int headAt = 0;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                ByteBuffer.wrap(t).putInt(8, 0);
                headAt = offset;
            }
            b.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    .putInt(checksum(t, 0, t.length)).putInt(offset).putInt(t.length);
            offset += (t.length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            b.put(t);
            while (b.position() % 4 != 0) {
                b.put((byte) 0);
            }
        }
        byte[] all = b.array();
        ByteBuffer.wrap(all).putInt(headAt + 8, 0xB1B0AFBA - checksum(all, 0, all.length));
        return all;
    }

    private static int checksum(byte[] data, int from, int length) {
        int sum = 0;
        for (int i = from; i < from + length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < from + length ? data[i + k] & 0xff : 0);
            }
            sum += word;
        }
        return sum;
    }
}
