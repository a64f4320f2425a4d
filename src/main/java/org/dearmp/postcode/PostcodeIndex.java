package org.dearmp.postcode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The bundled index of every live GB postcode ({@link IndexFormat}), held in a few flat arrays
 * (about 1 MB of heap). Immutable and thread-safe once loaded; load it once and keep it.
 */
public final class PostcodeIndex implements PostcodeDirectory {

    /** Where the build puts the index on the classpath. */
    public static final String BUNDLED_RESOURCE = "/org/dearmp/data/postcodes.idx";

    private static final int LONGS_PER_SECTOR = IndexFormat.PRESENCE_WORDS;
    /** Far above the real body (about 1 MB): a bad header must not make us allocate gigabytes. */
    private static final int MAX_BODY_BYTES = 64 << 20;

    private final int postcodeCount;
    private final String[] palette;
    private final int[] sectorKeys;
    private final long[] presence;
    private final int[] runStart;
    private final short[] runPalette;
    /** Rank (within its sector) one past the run's last unit. */
    private final short[] runEnd;
    private final int[] nearestStart;
    private final short[] nearestRank;
    private final Optional<PostcodeEntry>[] exact;
    private final Optional<PostcodeEntry>[] nearest;
    private static final Optional<PostcodeEntry> NO_LOCATION =
            Optional.of(new PostcodeEntry(null, LocationMethod.NO_LOCATION));

    /** Loads the index bundled with the app. Each call reads it afresh: keep the result. */
    public static PostcodeIndex loadBundled() {
        try (InputStream in = PostcodeIndex.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The postcode index " + BUNDLED_RESOURCE
                        + " is not on the classpath: build the app with Maven (mvn process-classes) first.");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled postcode index", e);
        }
    }

    public static PostcodeIndex load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    public static PostcodeIndex load(InputStream in) throws IOException {
        byte[] header = in.readNBytes(IndexFormat.HEADER_BYTES);
        ByteBuffer h = ByteBuffer.wrap(header);
        if (header.length < IndexFormat.HEADER_BYTES || !Arrays.equals(header, 0, 4, IndexFormat.MAGIC, 0, 4)) {
            throw new IOException("Not a Dear MP postcode index");
        }
        int version = h.getInt(4);
        if (version != IndexFormat.VERSION) {
            throw new IOException("Postcode index version " + version + ", expected " + IndexFormat.VERSION
                    + ": rebuild it with Maven");
        }
        int bodyLength = h.getInt(8);
        if (bodyLength <= 0 || bodyLength > MAX_BODY_BYTES) {
            throw new IOException("The postcode index is corrupt (body length " + bodyLength + ")");
        }
        byte[] body = new byte[bodyLength];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in.readAllBytes());
            int n = inflater.inflate(body);
            if (n != body.length || !inflater.finished()) {
                throw new IOException("The postcode index is truncated");
            }
        } catch (DataFormatException e) {
            throw new IOException("The postcode index is corrupt", e);
        } finally {
            inflater.end();
        }
        try {
            return new PostcodeIndex(new IndexFormat.Source(body));
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new IOException("The postcode index is corrupt", e);
        }
    }

    @SuppressWarnings("unchecked")
    private PostcodeIndex(IndexFormat.Source in) throws IOException {
        postcodeCount = in.int32();
        palette = new String[in.int32()];
        exact = new Optional[palette.length];
        nearest = new Optional[palette.length];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = in.ascii();
            if (i > 0) {
                exact[i] = Optional.of(new PostcodeEntry(palette[i], LocationMethod.EXACT));
                nearest[i] = Optional.of(new PostcodeEntry(palette[i], LocationMethod.NEAREST));
            }
        }
        int sectors = in.int32();
        sectorKeys = in.int32s(sectors);
        presence = in.int64s(sectors * LONGS_PER_SECTOR);
        runStart = startOffsets(in.uint16s(sectors));
        runPalette = in.uint16s(runStart[sectors]);
        runEnd = in.uint16s(runStart[sectors]);
        nearestStart = startOffsets(in.uint16s(sectors));
        nearestRank = in.uint16s(nearestStart[sectors]);
        if (!in.atEnd()) {
            throw new IOException("The postcode index has unexpected trailing data");
        }
    }

    /** Per-sector counts to start offsets, with the total at the end. */
    private static int[] startOffsets(short[] counts) {
        int[] starts = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            starts[i + 1] = starts[i] + counts[i];
        }
        return starts;
    }

    @Override
    public Optional<PostcodeEntry> find(Postcode postcode) {
        String inward = postcode.inward();
        if (inward.length() != 3) {
            return Optional.empty();
        }
        int sector = Arrays.binarySearch(sectorKeys, SectorKeys.key(postcode.outward(), inward.charAt(0)));
        int unit = SectorKeys.unit(inward.charAt(1), inward.charAt(2));
        if (sector < 0 || unit < 0) {
            return Optional.empty();
        }
        int base = sector * LONGS_PER_SECTOR;
        int word = unit >>> 6;
        long bit = 1L << (unit & 63);
        if ((presence[base + word] & bit) == 0) {
            return Optional.empty();
        }
        int rank = Long.bitCount(presence[base + word] & (bit - 1));
        for (int w = 0; w < word; w++) {
            rank += Long.bitCount(presence[base + w]);
        }
        // Run ends rise strictly within a sector: the unit's run is the first that ends after its rank.
        int run = Arrays.binarySearch(runEnd, runStart[sector], runStart[sector + 1], (short) (rank + 1));
        if (run < 0) {
            run = -run - 1;
        }
        int p = runPalette[run];
        if (p == 0) {
            return NO_LOCATION;
        }
        boolean isNearest = Arrays.binarySearch(nearestRank, nearestStart[sector], nearestStart[sector + 1],
                (short) rank) >= 0;
        return isNearest ? nearest[p] : exact[p];
    }

    @Override
    public Map<String, Integer> sectorCounts(String sector) {
        int s = Arrays.binarySearch(sectorKeys, SectorKeys.key(sector));
        return s < 0 ? Map.of() : counts(s, s + 1);
    }

    @Override
    public Map<String, Integer> districtCounts(String outward) {
        int first = SectorKeys.key(outward.strip().toUpperCase(java.util.Locale.ROOT), '0');
        if (first < 0) {
            return Map.of();
        }
        int from = -Arrays.binarySearch(sectorKeys, first - 1) - 1;
        int to = -Arrays.binarySearch(sectorKeys, first + 10) - 1;
        return counts(from, to);
    }

    private Map<String, Integer> counts(int fromSector, int toSector) {
        int[] byPalette = new int[palette.length];
        for (int s = fromSector; s < toSector; s++) {
            int start = 0;
            for (int r = runStart[s]; r < runStart[s + 1]; r++) {
                byPalette[runPalette[r]] += runEnd[r] - start;
                start = runEnd[r];
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        java.util.stream.IntStream.range(1, palette.length)
                .filter(p -> byPalette[p] > 0)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(p -> byPalette[p]).reversed()
                        .thenComparing(p -> palette[p]))
                .forEach(p -> counts.put(palette[p], byPalette[p]));
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public int size() {
        return postcodeCount;
    }

    /** How many sectors ("SW1A 0") hold at least one postcode. */
    public int sectorCount() {
        return sectorKeys.length;
    }

    /** The GSS codes of every constituency that some postcode lies in. */
    public Set<String> constituencyCodes() {
        return Arrays.stream(palette).skip(1).collect(Collectors.toUnmodifiableSet());
    }

    /** Calls {@code action} for every postcode in the index, in sector then unit order. */
    public void forEach(BiConsumer<Postcode, PostcodeEntry> action) {
        for (int s = 0; s < sectorKeys.length; s++) {
            String sector = SectorKeys.sector(sectorKeys[s]);
            String outward = sector.substring(0, sector.length() - 2);
            char digit = sector.charAt(sector.length() - 1);
            for (int u = 0; u < SectorKeys.UNITS_PER_SECTOR; u++) {
                if ((presence[s * LONGS_PER_SECTOR + (u >>> 6)] & (1L << (u & 63))) != 0) {
                    Postcode postcode = new Postcode(outward, digit + SectorKeys.unitText(u));
                    action.accept(postcode, find(postcode).orElseThrow());
                }
            }
        }
    }

    /**
     * Roughly how many bytes of heap the index holds (its arrays, palette and cached entries, with
     * 16-byte array and object headers): for the benchmark, a cross-check on measuring the heap.
     */
    public long approximateHeapBytes() {
        long bytes = 16L * 12;
        bytes += 16 + 4L * sectorKeys.length;
        bytes += 16 + 8L * presence.length;
        bytes += 2 * (16 + 4L * runStart.length) + 16 + 4L * nearestStart.length;
        bytes += 2 * (16 + 2L * runPalette.length) + 16 + 2L * nearestRank.length;
        for (String code : palette) {
            bytes += 8 + 24 + 16 + code.length(); // reference, String, its byte[]
        }
        bytes += 2L * palette.length * (8 + 16 + 16 + 24); // references, Optional, PostcodeEntry
        return bytes;
    }

    /** The sectors in the index, as text ("SW1A 0"), in index order. */
    public List<String> sectors() {
        return Arrays.stream(sectorKeys).mapToObj(SectorKeys::sector).toList();
    }
}
