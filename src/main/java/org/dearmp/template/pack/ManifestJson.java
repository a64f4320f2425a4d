package org.dearmp.template.pack;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.dearmp.store.Mappers;

/**
 * {@code manifest.json} to and from a {@link PackManifest}. Read by hand from the tree so a hostile
 * manifest can only ever produce these fields, each checked, with a message that says which is wrong.
 */
final class ManifestJson {

    private static final JsonMapper JSON = Mappers.prettyJson();

    /** A manifest that cannot be used; the message key and arguments say why. */
    static final class Invalid extends Exception {
        final String key;
        final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private ManifestJson() {
    }

    static byte[] write(PackManifest manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", manifest.format());
        root.put("organisation", manifest.organisation());
        root.put("created", manifest.created().toString());
        root.put("app", manifest.app());
        ArrayNode templates = root.putArray("templates");
        for (PackEntry entry : manifest.templates()) {
            ObjectNode node = templates.addObject();
            node.put("id", entry.id());
            node.put("title", entry.title());
            node.put("version", entry.version());
            node.put("file", entry.file());
            if (!entry.basedOn().isEmpty()) {
                node.put("basedOn", entry.basedOn());
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    static PackManifest read(byte[] bytes) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new Invalid("template.pack.manifest.notJson");
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("template.pack.manifest.notJson");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isIntegralNumber()) {
            throw new Invalid("template.pack.manifest.field", "format");
        }
        if (!format.canConvertToInt() || format.intValue() != PackManifest.FORMAT) {
            throw new Invalid("template.pack.manifest.format", format.asString());
        }
        Instant created;
        try {
            created = Instant.parse(text(root, "created"));
        } catch (DateTimeParseException e) {
            throw new Invalid("template.pack.manifest.field", "created");
        }
        JsonNode templates = root.get("templates");
        if (templates == null || !templates.isArray()) {
            throw new Invalid("template.pack.manifest.field", "templates");
        }
        List<PackEntry> entries = new ArrayList<>();
        for (JsonNode node : templates.values()) {
            if (!node.isObject()) {
                throw new Invalid("template.pack.manifest.field", "templates");
            }
            String id = text(node, "id");
            try {
                entries.add(new PackEntry(id, optionalText(node, "title"), optionalText(node, "version"),
                        text(node, "file"), optionalText(node, "basedOn")));
            } catch (IllegalArgumentException e) {
                throw new Invalid("template.pack.manifest.badId", id);
            }
        }
        return new PackManifest(PackManifest.FORMAT, optionalText(root, "organisation"), created,
                optionalText(root, "app"), entries);
    }

    private static String text(JsonNode node, String field) throws Invalid {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new Invalid("template.pack.manifest.field", field);
        }
        return value.stringValue();
    }

    private static String optionalText(JsonNode node, String field) throws Invalid {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            throw new Invalid("template.pack.manifest.field", field);
        }
        return value.stringValue();
    }
}
