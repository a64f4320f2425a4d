package org.dearmp.parliament;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.DomainErrors;

/**
 * {@code dear-mp mps import FILE} (and File > Update MP list…): a DfE extract, or anything else given in its
 * place, checked against the bundled constituencies and, when it is a whole valid list, stored and read back.
 */
@DataTest
class MpListImportFuzzTest {

    /** After the bundled list's date, so an import is never refused as older before its content is read. */
    private static final LocalDate TODAY = LocalDate.of(2099, 1, 1);
    private static final Path FOLDER = scratch();
    private static final Path FILE = FOLDER.resolve("dfe_mp_lookup_2099-01-01.csv");
    private static final ParliamentRepository REPOSITORY = new ParliamentRepository(
            new AppDataFolder(FOLDER.resolve("home")));

    @FuzzTest(maxDuration = "30s")
    void importList(byte[] content) throws Exception {
        Files.write(FILE, content);
        DomainErrors.allowed(() -> {
            REPOSITORY.importDfeExtract(FILE, Optional.empty(), TODAY);
            // The stored list is what the app reads on its next start.
            REPOSITORY.current();
            REPOSITORY.removeImported();
        });
    }

    private static Path scratch() {
        try {
            Path folder = Files.createTempDirectory("dear-mp-fuzz-");
            // Deleted when the JVM ends, innermost first (the reverse of this order); removeImported() has
            // removed any stored list by then.
            for (Path p : List.of(folder, folder.resolve("dfe_mp_lookup_2099-01-01.csv"), folder.resolve("home"),
                    folder.resolve("home").resolve(ParliamentRepository.IMPORT_FOLDER))) {
                p.toFile().deleteOnExit();
            }
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
