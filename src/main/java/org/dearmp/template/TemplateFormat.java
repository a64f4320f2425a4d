package org.dearmp.template;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The template file format: writes a template back to it (YAML header between --- lines, then the
 * body), so the editor can save what {@link TemplateChecker} reads, with fields in the documented
 * order; and the small readings every reader of template files shares.
 */
public final class TemplateFormat {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private TemplateFormat() {
    }

    public static String write(TemplateHeader header, String body) {
        ObjectNode root = YAML.createObjectNode();
        root.put("id", header.id());
        root.put("title", header.title());
        root.put("summary", header.summary());
        root.put("subject", header.subject());
        root.put("ask", header.ask());
        if (header.askKind() != AskKind.CAMPAIGN) {
            root.put("askKind", header.askKind().word());
        }
        ArrayNode prompts = root.putArray("prompts");
        header.prompts().forEach(prompts::add);
        ArrayNode tags = root.putArray("tags");
        header.tags().forEach(tags::add);
        ArrayNode sources = root.putArray("sources");
        for (Source source : header.sources()) {
            addSource(sources, source.title(), source.url(), source.publisher());
        }
        root.put("minOwnWords", header.minOwnWords());
        root.put("version", header.version());
        if (!header.author().isEmpty()) {
            root.put("author", header.author());
        }
        String yaml = YAML.writeValueAsString(root);
        String normalisedBody = TemplateChecker.normalise(body);
        return "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\n" + normalisedBody
                + (normalisedBody.endsWith("\n") ? "" : "\n");
    }

    /** One entry of the header's sources list; empty url and publisher are left out, as people write them. */
    static void addSource(ArrayNode sources, String title, String url, String publisher) {
        ObjectNode entry = sources.addObject();
        entry.put("title", title);
        if (!url.isEmpty()) {
            entry.put("url", url);
        }
        if (!publisher.isEmpty()) {
            entry.put("publisher", publisher);
        }
    }

    public static String write(LetterTemplate template) {
        return write(template.header(), template.body());
    }

    /** The text of a template file, or empty when its bytes are not UTF-8 (the one encoding templates use). */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The line of the header's {@code id:} (1 when there is none), for problems that concern the id. */
    public static int idLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("id:")) {
                return i + 1;
            }
        }
        return 1;
    }
}
