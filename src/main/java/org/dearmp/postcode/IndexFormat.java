package org.dearmp.postcode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bundled postcode index file ({@code postcodes.idx}), shared by {@link PostcodeIndexWriter} and
 * {@link PostcodeIndex}.
 *
 * <pre>
 * header, not compressed:  "DMPI"  version:int32  bodyLength:int32   (big-endian)
 * body, zlib-deflated, in columns so that like compresses with like:
 *   postcodeCount            varint
 *   palette                  varint n, then n strings (varint length + UTF-8); entry 0 is "" = no location
 *   sectorCount              varint
 *   sector keys              varint deltas of the sorted {@link SectorKeys} keys
 *   presence                 per sector, 7 little-endian int64 words: bit u (word u/64, bit u%64) set when
 *                            unit u (0..399) exists (the last 48 bits are 0; deflate makes them free)
 *   constituency runs        per sector: varint runCount, then runCount x (varint palette, varint length)
 *                            over the present units in unit order
 *   nearest-postcode marks   per sector: varint count, then varint deltas of the present-unit ranks whose
 *                            method is "nearest" (others with a constituency are "exact")
 * </pre>
 */
final class IndexFormat {
    static final byte[] MAGIC = "DMPI".getBytes(StandardCharsets.US_ASCII);
    /** Bump whenever the layout changes: the build then rewrites a stale index. */
    static final int VERSION = 2;
    static final int HEADER_BYTES = 12;
    static final int PRESENCE_WORDS = (SectorKeys.UNITS_PER_SECTOR + 63) / 64;

    private IndexFormat() {
    }

    /** Writes unsigned LEB128 varints. */
    static final class Sink extends ByteArrayOutputStream {
        Sink() {
            super(1 << 16);
        }

        void varint(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative varint " + value);
            }
            while ((value & ~0x7F) != 0) {
                write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            write(value);
        }

        void string(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            write(bytes, 0, bytes.length);
        }
    }

    /** Reads what {@link Sink} wrote, from a byte array. */
    static final class Source {
        private final byte[] bytes;
        private int pos;

        Source(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() {
            int value = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[pos++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }

        String string() {
            int length = varint();
            String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }

        /** Reads {@code into.length} little-endian int64 words in one go. */
        void longs(long[] into) {
            java.nio.ByteBuffer.wrap(bytes, pos, into.length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .asLongBuffer().get(into);
            pos += into.length * 8;
        }

        boolean atEnd() {
            return pos == bytes.length;
        }
    }
}
