package org.dearmp.batch.input;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.DomainErrors;

/**
 * A supporters file as an organiser might save it from any spreadsheet, or any other file picked by
 * mistake: its encoding and separator found, its columns mapped as the app maps them, every row read.
 */
class SupporterFileFuzzTest {

    /** One file, rewritten for each input: the reader only takes paths. Deleted when the JVM ends. */
    private static final Path FILE = FuzzFiles.file("supporters.csv");

    @FuzzTest(maxDuration = "30s")
    void read(byte[] content) throws Exception {
        Files.write(FILE, content);
        DomainErrors.allowed(() -> {
            SupporterFile file = SupporterFile.open(FILE);
            ColumnMapping mapping = ColumnMapping.autoDetect(file.headers());
            if (mapping.problems(file.headers()).isEmpty()) {
                try (SupporterReader supporters = new SupporterReader(file, mapping)) {
                    while (supporters.hasNext()) {
                        Supporter supporter = supporters.next();
                        supporter.name();
                        supporter.surname();
                        supporter.fullAddress();
                    }
                }
            }
            try (SupporterFile.RowIterator rows = file.rows()) {
                while (rows.hasNext()) {
                    rows.next();
                }
            }
        });
    }
}
