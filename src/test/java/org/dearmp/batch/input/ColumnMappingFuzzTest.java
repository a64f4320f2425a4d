package org.dearmp.batch.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.testsupport.DomainErrors;

/** A saved column mapping (batch --mapping FILE), or whatever file is given in its place. */
class ColumnMappingFuzzTest {

    private static final Path FILE = FuzzFiles.file("mapping.json");
    private static final Path SAVED = FuzzFiles.file("saved.json");

    @FuzzTest(maxDuration = "30s")
    void load(byte[] content) throws Exception {
        Files.write(FILE, content);
        DomainErrors.allowed(() -> {
            ColumnMapping mapping = ColumnMapping.load(FILE);
            mapping.problems(List.of("Name", "Postcode"));
            // A mapping that loads is saved as it was, and loads again the same.
            mapping.save(SAVED);
            assertThat(ColumnMapping.load(SAVED)).isEqualTo(mapping);
        });
    }
}
