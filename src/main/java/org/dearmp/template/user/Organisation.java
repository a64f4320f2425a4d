package org.dearmp.template.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation the user makes templates for, kept beside their templates in {@code organisation.json}:
 * the name they gave when they last shared a pack, or, until they have, the organisation of the first pack
 * they imported. A copy of a template takes it as its author.
 */
final class Organisation {
    static final String FILE_NAME = "organisation.json";
    private static final Logger LOG = LoggerFactory.getLogger(Organisation.class);
    private static final JsonMapper JSON = Mappers.json();

    private final Path file;

    Organisation(Path file) {
        this.file = file;
    }

    /** The name, or empty when none is known (a missing or damaged file is no error: the author stays blank). */
    Optional<String> get() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            String name = root == null ? "" : root.path("organisation").asString("").strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException | JacksonException e) {
            LOG.warn("Ignoring unreadable organisation file: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void remember(String name) {
        String tidy = name == null ? "" : name.strip();
        if (tidy.isEmpty() || get().filter(tidy::equals).isPresent()) {
            return;
        }
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(JSON.createObjectNode().put("organisation", tidy)));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.user.saveFailed", file,
                    org.dearmp.store.FileProblems.why(e)), e);
        }
    }
}
