package org.dearmp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A template's fields exactly as someone typed them in the editor's form, not yet judged: a draft may have
 * no ask or a misspelt placeholder. {@link #toText()} writes the template file format (the same as
 * {@link TemplateFormat}) so {@link TemplateChecker} can judge it and report each problem at a line and
 * column; {@link #fromText} reads a saved file back into the form, drafts included.
 *
 * @param sources     one per entry as typed: title, url, publisher (blank parts allowed, the checker says what
 *                    is missing)
 * @param minOwnWords as typed: written as a number when it is one, so the checker can refuse anything else
 * @param askKind     as typed ("casework"), or empty for the default, a campaigning ask
 */
public record TemplateFields(String id, String title, String summary, String subject, String ask,
                             List<String> prompts, List<String> tags, List<SourceFields> sources,
                             String minOwnWords, String version, String author, String body, String askKind) {

    /** One source as typed. */
    public record SourceFields(String title, String url, String publisher) {
        public SourceFields {
            title = Objects.requireNonNullElse(title, "").strip();
            url = Objects.requireNonNullElse(url, "").strip();
            publisher = Objects.requireNonNullElse(publisher, "").strip();
        }

        public boolean isBlank() {
            return title.isEmpty() && url.isEmpty() && publisher.isEmpty();
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    public TemplateFields {
        id = text(id);
        title = text(title);
        summary = text(summary);
        subject = text(subject);
        ask = text(ask);
        prompts = lines(prompts);
        tags = lines(tags);
        sources = sources == null ? List.of() : sources.stream().filter(s -> s != null && !s.isBlank()).toList();
        minOwnWords = text(minOwnWords);
        version = text(version);
        author = text(author);
        body = TemplateChecker.normalise(Objects.requireNonNullElse(body, ""));
        askKind = text(askKind);
    }

    /** Fields of a template with the default, campaigning kind of ask. */
    public TemplateFields(String id, String title, String summary, String subject, String ask, List<String> prompts,
                          List<String> tags, List<SourceFields> sources, String minOwnWords, String version,
                          String author, String body) {
        this(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords, version, author, body, "");
    }

    /** The fields of a checked template. */
    public static TemplateFields of(LetterTemplate template) {
        TemplateHeader h = template.header();
        return new TemplateFields(h.id(), h.title(), h.summary(), h.subject(), h.ask(), h.prompts(), h.tags(),
                h.sources().stream().map(s -> new SourceFields(s.title(), s.url(), s.publisher())).toList(),
                String.valueOf(h.minOwnWords()), h.version(), h.author(), template.body(),
                h.askKind() == AskKind.CAMPAIGN ? "" : h.askKind().word());
    }

    /**
     * The fields of a saved file, whatever its problems, or empty when its header cannot be read at all
     * (then only a text editor can mend it; the checker says where).
     */
    public static Optional<TemplateFields> fromText(String text) {
        String[] lines = TemplateChecker.normalise(text).split("\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return Optional.empty();
        }
        int closing = -1;
        for (int i = 1; i < lines.length && closing < 0; i++) {
            if (lines[i].strip().equals("---")) {
                closing = i;
            }
        }
        if (closing < 0) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = YAML.readTree(String.join("\n", java.util.Arrays.copyOfRange(lines, 1, closing)));
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        List<SourceFields> sources = new ArrayList<>();
        for (JsonNode source : root.path("sources").values()) {
            sources.add(new SourceFields(source.path("title").asString(""), source.path("url").asString(""),
                    source.path("publisher").asString("")));
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, closing + 1, lines.length));
        return Optional.of(new TemplateFields(root.path("id").asString(""), root.path("title").asString(""),
                root.path("summary").asString(""), root.path("subject").asString(""), root.path("ask").asString(""),
                root.path("prompts").values().stream().map(n -> n.asString("")).toList(),
                root.path("tags").values().stream().map(n -> n.asString("")).toList(), sources,
                root.path("minOwnWords").asString(""), root.path("version").asString(""),
                root.path("author").asString(""), body, root.path("askKind").asString("")));
    }

    /** The file text, in the same field order as {@link TemplateFormat}; blank optional fields are left out. */
    public String toText() {
        ObjectNode root = YAML.createObjectNode();
        root.put("id", id);
        root.put("title", title);
        if (!summary.isEmpty()) {
            root.put("summary", summary);
        }
        root.put("subject", subject);
        root.put("ask", ask);
        if (!askKind.isEmpty()) {
            root.put("askKind", askKind);
        }
        if (!prompts.isEmpty()) {
            ArrayNode list = root.putArray("prompts");
            prompts.forEach(list::add);
        }
        if (!tags.isEmpty()) {
            ArrayNode list = root.putArray("tags");
            tags.forEach(list::add);
        }
        if (!sources.isEmpty()) {
            ArrayNode list = root.putArray("sources");
            for (SourceFields source : sources) {
                TemplateFormat.addSource(list, source.title(), source.url(), source.publisher());
            }
        }
        if (minOwnWords.matches("\\d{1,9}")) {
            root.put("minOwnWords", Integer.parseInt(minOwnWords));
        } else if (!minOwnWords.isEmpty()) {
            root.put("minOwnWords", minOwnWords);
        }
        if (!version.isEmpty()) {
            root.put("version", version);
        }
        if (!author.isEmpty()) {
            root.put("author", author);
        }
        String yaml = YAML.writeValueAsString(root);
        return "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    /** The 1-based line of the file {@link #toText()} writes where the body starts. */
    public int bodyFirstLine() {
        String text = toText();
        int headerEnd = text.indexOf("\n---\n");
        return (int) text.substring(0, headerEnd + 1).chars().filter(c -> c == '\n').count() + 2;
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
