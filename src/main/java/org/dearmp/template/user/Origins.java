package org.dearmp.template.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which bundled template each user template was duplicated from, kept beside the templates in
 * {@code origins.json} (a side file, so the template files stay in the plain format any editor shows).
 */
final class Origins {
    static final String FILE_NAME = "origins.json";
    private static final Logger LOG = LoggerFactory.getLogger(Origins.class);
    private static final JsonMapper JSON = Mappers.prettyJson();

    private final Path file;

    Origins(Path file) {
        this.file = file;
    }

    Optional<String> get(String id) {
        return Optional.ofNullable(load().get(id));
    }

    void remember(String id, String bundledId) {
        Map<String, String> all = load();
        all.put(id, bundledId);
        save(all);
    }

    void forget(String id) {
        Map<String, String> all = load();
        if (all.remove(id) != null) {
            save(all);
        }
    }

    /** A missing or damaged file means no origins known: "compare" is a convenience, never worth an error. */
    private Map<String, String> load() {
        Map<String, String> all = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return all;
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root != null && root.isObject()) {
                root.properties().forEach(e -> {
                    if (e.getValue().isString()) {
                        all.put(e.getKey(), e.getValue().stringValue());
                    }
                });
            }
        } catch (IOException | JacksonException e) {
            LOG.warn("Ignoring unreadable template origins file: {}", e.getMessage());
        }
        return all;
    }

    private void save(Map<String, String> all) {
        ObjectNode root = JSON.createObjectNode();
        all.forEach(root::put);
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.user.saveFailed", file,
                    org.dearmp.store.FileProblems.why(e)), e);
        }
    }
}
