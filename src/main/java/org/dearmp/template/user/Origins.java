package org.dearmp.template.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.Json;
import org.dearmp.store.Mappers;
import tools.jackson.databind.JsonNode;

/**
 * Which bundled template each user template was duplicated from, kept beside the templates in
 * {@code origins.json} (a side file, so the template files stay in the plain format any editor shows).
 */
final class Origins {
    static final String FILE_NAME = "origins.json";

    private final Path file;
    private final DamagedFiles damaged;

    Origins(Path file, DamagedFiles damaged) {
        this.file = file;
        this.damaged = damaged;
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

    /** Every template's origin, as a map the caller may change. */
    Map<String, String> all() {
        return load();
    }

    /** The file's text for {@code all}, for a pack import that writes it with the templates. */
    static String text(Map<String, String> all) {
        return new String(Mappers.prettyJson().writeValueAsBytes(new TreeMap<>(all)), StandardCharsets.UTF_8);
    }

    /** A missing or damaged file means no origins known: "compare" is a convenience, never worth an error. */
    private Map<String, String> load() {
        Map<String, String> all = new TreeMap<>();
        Json.read(file, JsonNode.class, damaged).filter(JsonNode::isObject).ifPresent(root -> root.properties().forEach(e -> {
            if (e.getValue().isString()) {
                all.put(e.getKey(), e.getValue().stringValue());
            }
        }));
        return all;
    }

    private void save(Map<String, String> all) {
        try {
            Json.write(file, all);
        } catch (IOException e) {
            throw UserTemplateStore.saveFailed(file, e);
        }
    }
}
