package org.dearmp.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/** Reads and writes the small JSON files of the user data folder; every write is atomic. */
public final class Json {
    private static final Logger LOG = LoggerFactory.getLogger(Json.class);


    private Json() {
    }

    public static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, Mappers.prettyJson().writeValueAsBytes(value));
    }

    /** The file's value, or empty when it is missing or unreadable (a damaged file must not stop the app). */
    public static <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Mappers.prettyJson().readValue(file.toFile(), type));
        } catch (JacksonException e) {
            // The parser's message can quote the file, which may hold a letter: say only what kind of problem.
            LOG.warn("Ignoring unreadable file {}: {}", file.getFileName(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
