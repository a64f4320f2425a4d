package org.dearmp.postcode;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import org.dearmp.store.AtomicFiles;

/**
 * Builds the compact postcode index ({@link IndexFormat}) from the GB postcode table
 * ({@code gb_postcode_pcon24.csv.gz}: postcode, pcon24cd, method, country_code). Runs at build time.
 */
public final class PostcodeIndexWriter {

    /** What one sector holds while the table is read: palette index + 1 per unit (0 = absent), nearest flags. */
    private static final class SectorUnits {
        final short[] palettePlusOne = new short[SectorKeys.UNITS_PER_SECTOR];
        final boolean[] nearest = new boolean[SectorKeys.UNITS_PER_SECTOR];
    }

    private final Map<String, Integer> palette = new HashMap<>();
    private final List<String> paletteOrder = new ArrayList<>();
    private final TreeMap<Integer, SectorUnits> sectors = new TreeMap<>();
    private int postcodeCount;

    private PostcodeIndexWriter() {
        paletteIndex("");
    }

    /** Reads the gzipped CSV at {@code csvGz} and writes the index to {@code target} (atomically). */
    public static void build(Path csvGz, Path target) throws IOException {
        PostcodeIndexWriter writer = new PostcodeIndexWriter();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(csvGz), 1 << 16)) {
            writer.read(in, csvGz.toString());
        }
        byte[] body = writer.body();
        AtomicFiles.write(target, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(IndexFormat.MAGIC);
            data.writeInt(IndexFormat.VERSION);
            data.writeInt(body.length);
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
                z.write(body);
            } finally {
                deflater.end();
            }
        });
    }

    /** True when {@code index} exists, is newer than {@code csvGz} and is in the current format. */
    public static boolean isUpToDate(Path csvGz, Path index) throws IOException {
        if (!Files.exists(index) || Files.getLastModifiedTime(index).compareTo(Files.getLastModifiedTime(csvGz)) < 0) {
            return false;
        }
        try (InputStream in = Files.newInputStream(index)) {
            byte[] header = in.readNBytes(IndexFormat.HEADER_BYTES);
            return header.length == IndexFormat.HEADER_BYTES
                    && java.util.Arrays.equals(header, 0, 4, IndexFormat.MAGIC, 0, 4)
                    && java.nio.ByteBuffer.wrap(header, 4, 4).getInt() == IndexFormat.VERSION;
        }
    }

    private void read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !header.startsWith("postcode,pcon24cd,method")) {
            throw new IOException(source + ": expected the header postcode,pcon24cd,method,... but found " + header);
        }
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (!line.isEmpty()) {
                add(line, source, lineNo);
            }
        }
    }

    private void add(String line, String source, int lineNo) throws IOException {
        int c1 = line.indexOf(',');
        int c2 = line.indexOf(',', c1 + 1);
        int c3 = line.indexOf(',', c2 + 1);
        if (c1 < 0 || c2 < 0) {
            throw new IOException(source + " line " + lineNo + ": expected postcode,pcon24cd,method: " + line);
        }
        String text = line.substring(0, c1);
        String code = line.substring(c1 + 1, c2);
        String method = line.substring(c2 + 1, c3 < 0 ? line.length() : c3).strip();
        int space = text.lastIndexOf(' ');
        int key = space < 0 ? -1 : SectorKeys.key(text.substring(0, space), text.charAt(space + 1));
        int unit = space < 0 ? -1 : SectorKeys.unit(text.substring(space + 2));
        if (key < 0 || unit < 0 || !Postcode.of(text).isUkShape()) {
            throw new IOException(source + " line " + lineNo + ": not a GB postcode: " + text);
        }
        boolean noLocation = method.equals("no_location");
        if (!noLocation && !method.equals("exact") && !method.equals("nn")) {
            throw new IOException(source + " line " + lineNo + ": unknown method " + method);
        }
        if (noLocation != code.isEmpty()) {
            throw new IOException(source + " line " + lineNo + ": a constituency is required unless no_location");
        }
        SectorUnits units = sectors.computeIfAbsent(key, k -> new SectorUnits());
        if (units.palettePlusOne[unit] != 0) {
            throw new IOException(source + " line " + lineNo + ": duplicate postcode " + text);
        }
        units.palettePlusOne[unit] = (short) (paletteIndex(code) + 1);
        units.nearest[unit] = method.equals("nn");
        postcodeCount++;
    }

    private int paletteIndex(String code) {
        return palette.computeIfAbsent(code, c -> {
            paletteOrder.add(c);
            return paletteOrder.size() - 1;
        });
    }

    private byte[] body() {
        int sectorCount = sectors.size();
        IndexFormat.Sink keys = new IndexFormat.Sink();
        IndexFormat.Sink presence = new IndexFormat.Sink();
        IndexFormat.Sink runsPerSector = new IndexFormat.Sink();
        IndexFormat.Sink runPalettes = new IndexFormat.Sink();
        IndexFormat.Sink runEnds = new IndexFormat.Sink();
        IndexFormat.Sink nearestPerSector = new IndexFormat.Sink();
        IndexFormat.Sink nearestRanks = new IndexFormat.Sink();
        for (Map.Entry<Integer, SectorUnits> sector : sectors.entrySet()) {
            keys.int32(sector.getKey());
            SectorUnits units = sector.getValue();
            long[] bits = new long[IndexFormat.PRESENCE_WORDS];
            int runCount = 0;
            int nearestCount = 0;
            int runPalette = -1;
            int rank = 0;
            for (int u = 0; u < SectorKeys.UNITS_PER_SECTOR; u++) {
                if (units.palettePlusOne[u] == 0) {
                    continue;
                }
                bits[u >>> 6] |= 1L << (u & 63);
                int p = units.palettePlusOne[u] - 1;
                if (p != runPalette && rank > 0) {
                    runPalettes.uint16(runPalette);
                    runEnds.uint16(rank);
                    runCount++;
                }
                runPalette = p;
                if (units.nearest[u]) {
                    nearestRanks.uint16(rank);
                    nearestCount++;
                }
                rank++;
            }
            runPalettes.uint16(runPalette);
            runEnds.uint16(rank);
            runCount++;
            for (long word : bits) {
                presence.int64(word);
            }
            runsPerSector.uint16(runCount);
            nearestPerSector.uint16(nearestCount);
        }
        IndexFormat.Sink all = new IndexFormat.Sink();
        all.int32(postcodeCount);
        all.int32(paletteOrder.size());
        paletteOrder.forEach(all::ascii);
        all.int32(sectorCount);
        for (IndexFormat.Sink part : List.of(keys, presence, runsPerSector, runPalettes, runEnds, nearestPerSector,
                nearestRanks)) {
            all.writeBytes(part.toByteArray());
        }
        return all.toByteArray();
    }
}
