package org.dearmp.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real reference data is: {@code -Ddearmp.data} (set by the pom) or {@code ../shared/data}. */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("dearmp.data", "../shared/data"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Reference data not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path gbPostcodes() {
        return dir().resolve("postcodes/gb_postcode_pcon24.csv.gz");
    }
}
