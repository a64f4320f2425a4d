package org.dearmp.template.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;
import org.dearmp.store.Mappers;

/**
 * The organisation the user makes templates for, kept beside their templates in {@code organisation.json}:
 * the name they gave when they last shared a pack, or, until they have, the organisation of the first pack
 * they imported. A copy of a template takes it as its author.
 */
final class Organisation {
    static final String FILE_NAME = "organisation.json";

    /** The file's one field. */
    record Stored(String organisation) {
    }

    private final Path file;
    private final DamagedFiles damaged;

    Organisation(Path file, DamagedFiles damaged) {
        this.file = file;
        this.damaged = damaged;
    }

    /** The name, or empty when none is known (a missing or damaged file is no error: the author stays blank). */
    Optional<String> get() {
        return Json.read(file, Stored.class, damaged).map(Stored::organisation).map(String::strip).filter(n -> !n.isEmpty());
    }

    /** The file's text for the organisation {@code name}; empty for a blank name, which is never kept. */
    static Optional<String> text(String name) {
        String tidy = name == null ? "" : name.strip();
        return tidy.isEmpty() ? Optional.empty() : Optional.of(new String(
                Mappers.prettyJson().writeValueAsBytes(new Stored(tidy)), StandardCharsets.UTF_8));
    }

    void remember(String name) {
        String tidy = name == null ? "" : name.strip();
        if (tidy.isEmpty() || get().filter(tidy::equals).isPresent()) {
            return;
        }
        try {
            Json.write(file, new Stored(tidy));
        } catch (IOException e) {
            throw UserTemplateStore.saveFailed(file, e);
        }
    }
}
