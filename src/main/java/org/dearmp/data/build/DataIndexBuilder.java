package org.dearmp.data.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.postcode.PostcodeIndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs during the Maven build (process-classes): turns the reference data in {@code ../shared/data}
 * (or the folder given) into the app's own bundled resources under {@code org/dearmp/data}.
 * Never run by the app itself.
 */
public final class DataIndexBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(DataIndexBuilder.class);

    private DataIndexBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DataIndexBuilder DATA_DIR OUTPUT_DIR");
        }
        Path data = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(data.resolve("parliament"))) {
            throw new IllegalStateException("Reference data not found at " + data
                    + ". Put the shared data folder beside the project or pass -Ddearmp.data=/path/to/data.");
        }
        Files.createDirectories(out);
        copy(data.resolve("parliament/constituencies.csv"), out.resolve("constituencies.csv"));
        copy(data.resolve("northern-ireland/ni_sector_candidates_ROUGH.csv"), out.resolve("ni_sectors.csv"));
        copy(data.resolve("maps/uk-constituencies-2024.hexjson"), out.resolve("constituencies.hexjson"));
        buildPostcodeIndex(data.resolve("postcodes/gb_postcode_pcon24.csv.gz"), out.resolve("postcodes.idx"));
        try (var files = Files.list(data.resolve("parliament"))) {
            Path newestMps = files.filter(p -> p.getFileName().toString().matches("mps_\\d{4}-\\d{2}-\\d{2}\\.csv"))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("No mps_YYYY-MM-DD.csv in " + data));
            copy(newestMps, out.resolve("mps.csv"));
            buildParliament(data.resolve("parliament/constituencies.csv"), newestMps, out.resolve("parliament.bin"));
        }
    }

    /** The compact postcode index; skipped when it is newer than the table and in the current format. */
    private static void buildPostcodeIndex(Path csvGz, Path index) throws IOException {
        if (PostcodeIndexWriter.isUpToDate(csvGz, index)) {
            return;
        }
        long start = System.nanoTime();
        PostcodeIndexWriter.build(csvGz, index);
        LOG.info(String.format("Built %s (%,d bytes) in %d ms", index.getFileName(), Files.size(index),
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Constituencies and MPs in one small binary file the app reads fast; rebuilt when a source is newer. */
    private static void buildParliament(Path constituencies, Path mps, Path bundle) throws IOException {
        if (Files.exists(bundle)
                && Files.getLastModifiedTime(bundle).compareTo(Files.getLastModifiedTime(constituencies)) >= 0
                && Files.getLastModifiedTime(bundle).compareTo(Files.getLastModifiedTime(mps)) >= 0
                && Files.getLastModifiedTime(bundle).compareTo(builtFrom()) >= 0) {
            return;
        }
        org.dearmp.parliament.BundledData.build(constituencies, mps, bundle);
    }

    /** When the builder's own classes were compiled: a changed bundle format must be rebuilt. */
    private static java.nio.file.attribute.FileTime builtFrom() throws IOException {
        try {
            Path self = Path.of(DataIndexBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("org/dearmp/parliament/BundledData.class");
            return Files.exists(self) ? Files.getLastModifiedTime(self) : java.nio.file.attribute.FileTime.fromMillis(0);
        } catch (java.net.URISyntaxException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to) && Files.getLastModifiedTime(to).compareTo(Files.getLastModifiedTime(from)) >= 0) {
            return;
        }
        Files.write(to, Files.readAllBytes(from));
    }
}
