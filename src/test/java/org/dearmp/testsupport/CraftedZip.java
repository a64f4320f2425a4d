package org.dearmp.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files by hand, for packs no honest tool would make: a "zip bomb" entry of a gigabyte of zeros
 * that takes about 1 MB on disk and milliseconds to write (a deflate block of 1 MiB of zeros, fully flushed,
 * is the same bytes every time, so it is written once and repeated).
 */
public final class CraftedZip {
    private record Written(String name, long offset, long crc, long compressed, long size) {
    }

    private final OutputStream out;
    private final List<Written> written = new ArrayList<>();
    private long offset;

    private CraftedZip(OutputStream out) {
        this.out = out;
    }

    public static void write(Path file, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CraftedZip zip = new CraftedZip(out);
            body.fill(zip);
            zip.finish();
        }
    }

    public interface Body {
        void fill(CraftedZip zip) throws IOException;
    }

    public void entry(String name, byte[] content) throws IOException {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            data.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);
        byte[] compressed = data.toByteArray();
        entry(name, crc.getValue(), content.length, compressed.length, () -> out.write(compressed));
    }

    /** An entry of {@code mebibytes} MiB of zeros, deflated. */
    public void zeros(String name, int mebibytes) throws IOException {
        byte[] mib = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(mib);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            block.write(buffer, 0, n);
        } while (n == buffer.length);
        deflater.end();
        byte[] repeated = block.toByteArray();
        byte[] finalBlock = {0x03, 0x00};
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) {
            crc.update(mib);
        }
        long compressed = (long) repeated.length * mebibytes + finalBlock.length;
        entry(name, crc.getValue(), (long) mebibytes << 20, compressed, () -> {
            for (int i = 0; i < mebibytes; i++) {
                out.write(repeated);
            }
            out.write(finalBlock);
        });
    }

    private interface Data {
        public void write() throws IOException;
    }

    private void entry(String name, long crc, long size, long compressed, Data data) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = le(30 + nameBytes.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                .putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt((int) compressed).putInt((int) size)
                .putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes);
        out.write(header.array());
        data.write();
        written.add(new Written(name, offset, crc, compressed, size));
        offset += header.capacity() + compressed;
    }

    private void finish() throws IOException {
        long centralStart = offset;
        long centralSize = 0;
        for (Written entry : written) {
            byte[] nameBytes = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer central = le(46 + nameBytes.length);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) entry.crc()).putInt((int) entry.compressed()).putInt((int) entry.size())
                    .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) entry.offset()).put(nameBytes);
            out.write(central.array());
            centralSize += central.capacity();
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) written.size())
                .putShort((short) written.size()).putInt((int) centralSize).putInt((int) centralStart)
                .putShort((short) 0);
        out.write(end.array());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
