package org.dearmp.postcode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Northern Ireland postcode sectors and the constituencies they may lie in, with counts: a ROUGH table
 * (placed from food-hygiene-rating coordinates and simplified boundaries; see the data README), so its
 * answers are only candidates for the user to confirm. NI postcodes themselves are not bundled.
 */
public final class NiSectorTable {

    /** Where the build puts the table on the classpath. */
    public static final String BUNDLED_RESOURCE = "/org/dearmp/data/ni_sectors.csv";

    private static final Logger LOG = LoggerFactory.getLogger(NiSectorTable.class);
    private static final Pattern SECTOR = Pattern.compile("BT[0-9]{1,2} [0-9]");
    private static final Pattern CANDIDATE = Pattern.compile("(N05[0-9]{6}):([0-9]+)");

    /** Sector ("BT1 1") → constituency GSS code → count, most first. */
    private final Map<String, Map<String, Integer>> bySector;

    private NiSectorTable(Map<String, Map<String, Integer>> bySector) {
        this.bySector = Collections.unmodifiableMap(bySector);
    }

    public static NiSectorTable loadBundled() {
        try (InputStream in = NiSectorTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Northern Ireland sector table " + BUNDLED_RESOURCE
                        + " is not on the classpath: build the app with Maven (mvn process-classes) first.");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled Northern Ireland sector table", e);
        }
    }

    public static NiSectorTable load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    /**
     * Reads {@code sector,candidates(code:count),n_candidates} rows such as
     * {@code BT1 1,N05000003:40 N05000002:12,2}. Rows that are not a BT sector are skipped with a warning:
     * the source is rough and has the odd typo.
     */
    public static NiSectorTable load(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("sector,")) {
            throw new IOException("Not a Northern Ireland sector table: the first line is " + header);
        }
        Map<String, Map<String, Integer>> bySector = new TreeMap<>();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String[] fields = line.split(",", -1);
            if (line.isBlank()) {
                continue;
            }
            if (fields.length < 2 || !SECTOR.matcher(fields[0].strip()).matches()) {
                // The rough source has a couple of known typos (see postcodes/README.md): not worth a warning each run.
                LOG.debug("Northern Ireland sector table line {}: not a BT sector, skipped", lineNo);
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (String candidate : fields[1].strip().split("\\s+")) {
                var m = CANDIDATE.matcher(candidate);
                if (!m.matches()) {
                    throw new IOException("Northern Ireland sector table line " + lineNo
                            + ": expected CODE:COUNT but found " + candidate);
                }
                counts.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
            }
            bySector.merge(fields[0].strip(), counts, NiSectorTable::add);
        }
        Map<String, Map<String, Integer>> sorted = new TreeMap<>();
        bySector.forEach((sector, counts) -> sorted.put(sector, mostFirst(counts)));
        return new NiSectorTable(sorted);
    }

    /**
     * Candidate constituencies (GSS code → how many sampled postcodes) for a sector such as "BT1 1",
     * most first; empty when the table does not know the sector.
     */
    public Map<String, Integer> candidates(String sector) {
        Map<String, Integer> counts = bySector.get(normalise(sector));
        return counts == null ? Map.of() : counts;
    }

    /**
     * Candidates for a whole district (the outward code, e.g. "BT1"), summed over its sectors, most first:
     * the fallback when the sector itself is not in the table. Empty when no sector of it is.
     */
    public Map<String, Integer> districtCandidates(String outward) {
        String prefix = normalise(outward) + " ";
        Map<String, Integer> total = new HashMap<>();
        bySector.forEach((sector, counts) -> {
            if (sector.startsWith(prefix)) {
                add(total, counts);
            }
        });
        return mostFirst(total);
    }

    /** The sectors the table knows, e.g. "BT1 1". */
    public Set<String> sectors() {
        return bySector.keySet();
    }

    private static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<String, Integer> add(Map<String, Integer> into, Map<String, Integer> more) {
        more.forEach((code, count) -> into.merge(code, count, Integer::sum));
        return into;
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
