package org.dearmp.postcode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The bundled postcode index file ({@code postcodes.idx}), shared by {@link PostcodeIndexWriter} and
 * {@link PostcodeIndex}.
 *
 * <pre>
 * header, not compressed:  "DMPI"  version:int32  bodyLength:int32   (big-endian)
 * body, zlib-deflated, little-endian, in fixed-width columns so that loading is a few bulk copies
 * and like compresses with like:
 *   postcodeCount                     int32
 *   paletteSize                       int32, then that many strings (uint8 length + ASCII);
 *                                     entry 0 is "" = no location
 *   sectorCount  S                    int32
 *   sector keys                       int32[S], sorted ({@link SectorKeys})
 *   presence                          int64[S * 7]: bit u of a sector's 7 words set when unit u (0..399) exists
 *   runs per sector                   uint16[S]
 *   run palette                       uint16[R]  (R = the sum of runs per sector)
 *   run end                           uint16[R]  rank, among the sector's present units, one past the run
 *   nearest marks per sector          uint16[S]
 *   nearest ranks                     uint16[N]  ranks of the present units placed by "nn", ascending
 * </pre>
 * Every present unit with a constituency that is not marked nearest is "exact"; palette 0 is no location.
 */
final class IndexFormat {
    static final byte[] MAGIC = "DMPI".getBytes(StandardCharsets.US_ASCII);
    /** Bump whenever the layout changes: the build then rewrites a stale index. */
    static final int VERSION = 3;
    static final int HEADER_BYTES = 12;
    static final int PRESENCE_WORDS = (SectorKeys.UNITS_PER_SECTOR + 63) / 64;

    private IndexFormat() {
    }

    /** Writes little-endian fixed-width values. */
    static final class Sink extends ByteArrayOutputStream {
        Sink() {
            super(1 << 20);
        }

        void int32(int value) {
            for (int b = 0; b < 4; b++) {
                write(value >>> (8 * b));
            }
        }

        void int64(long value) {
            for (int b = 0; b < 8; b++) {
                write((int) (value >>> (8 * b)));
            }
        }

        void uint16(int value) {
            if (value < 0 || value > 0xFFFF) {
                throw new IllegalArgumentException("not a uint16: " + value);
            }
            write(value);
            write(value >>> 8);
        }

        void ascii(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length > 255) {
                throw new IllegalArgumentException("too long: " + s);
            }
            write(bytes.length);
            write(bytes, 0, bytes.length);
        }
    }

    /** Reads what {@link Sink} wrote, in bulk where it can. */
    static final class Source {
        private final ByteBuffer buffer;

        Source(byte[] bytes) {
            buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        int int32() {
            return buffer.getInt();
        }

        String ascii() {
            int length = buffer.get() & 0xFF;
            String s = new String(buffer.array(), buffer.position(), length, StandardCharsets.US_ASCII);
            buffer.position(buffer.position() + length);
            return s;
        }

        int[] int32s(int count) {
            int[] values = new int[count];
            buffer.asIntBuffer().get(values);
            buffer.position(buffer.position() + 4 * count);
            return values;
        }

        long[] int64s(int count) {
            long[] values = new long[count];
            buffer.asLongBuffer().get(values);
            buffer.position(buffer.position() + 8 * count);
            return values;
        }

        /** uint16 values, kept in Java shorts (all the index's are below 32,768). */
        short[] uint16s(int count) {
            short[] values = new short[count];
            buffer.asShortBuffer().get(values);
            buffer.position(buffer.position() + 2 * count);
            return values;
        }

        boolean atEnd() {
            return !buffer.hasRemaining();
        }
    }
}
