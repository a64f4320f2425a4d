package org.dearmp.ui.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.store.AtomicFiles;

/**
 * A small supporters file shipped with the app, so a newcomer can see the whole batch at work before
 * using their own: a few supporters at real public addresses (libraries), with the usual columns, one in
 * Northern Ireland so that the check asks for a decision. It is copied to a folder of its own each
 * time, and the letters are written beside it.
 */
final class SampleSupporters {
    static final String RESOURCE = "/org/dearmp/ui/batch/sample-supporters.csv";
    static final String FILE_NAME = "sample-supporters.csv";

    private SampleSupporters() {
    }

    /** A fresh copy of the sample in a new temporary folder. */
    static Path copy() throws IOException {
        return copyTo(Files.createTempDirectory("dear-mp-sample-"));
    }

    static Path copyTo(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        try (InputStream in = SampleSupporters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The sample supporters file is missing from the app (" + RESOURCE + ")");
            }
            AtomicFiles.write(file, in::transferTo);
        }
        return file;
    }
}
