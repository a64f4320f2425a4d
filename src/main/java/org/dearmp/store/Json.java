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

    /**
     * The file's value, or empty when it is missing or cannot be parsed. A damaged file must not stop the app,
     * nor be lost: it is handed to {@code damaged}, which sets it aside and has the app say so.
     */
    public static <T> Optional<T> read(Path file, Class<T> type, DamagedFiles damaged) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Mappers.prettyJson().readValue(file.toFile(), type));
        } catch (JacksonException e) {
            // The parser's message can quote the file, which may hold a letter: say only what kind of problem.
            LOG.warn("Unreadable file {}: {}", file.getFileName(), e.getClass().getSimpleName());
            damaged.setAside(file);
            return Optional.empty();
        }
    }
}
