package org.dearmp.template.pack;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.template.TemplateChecker;
import org.dearmp.testsupport.DomainErrors;

/** A template pack from someone else's hands: any bytes at all, zip or not. */
class TemplatePackReaderFuzzTest {

    private static final TemplatePackReader READER = new TemplatePackReader(new TemplateChecker(), PackLimits.DEFAULT);
    private static final Path FILE = scratch();

    @FuzzTest(maxDuration = "30s")
    void read(byte[] pack) throws Exception {
        Files.write(FILE, pack);
        DomainErrors.allowed(() -> READER.read(FILE));
    }

    private static Path scratch() {
        try {
            Path folder = Files.createTempDirectory("dear-mp-fuzz-");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("fuzz.dearmp-pack");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
