package org.dearmp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Reads the YAML header of a template into a {@link TemplateHeader}, reporting every problem it finds. */
final class HeaderReader {

    static final List<String> FIELDS = List.of("id", "title", "summary", "subject", "ask", "askKind", "language", "campaign", "prompts", "tags",
            "sources", "minOwnWords", "version", "author");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "url", "publisher");

    private final String file;
    private final String headerText;
    private final int firstLine;
    private final List<TemplateProblem> problems = new ArrayList<>();

    /**
     * @param firstLine the file line of the header's first line (after the opening ---)
     */
    HeaderReader(String file, String headerText, int firstLine) {
        this.file = file;
        this.headerText = headerText;
        this.firstLine = firstLine;
    }

    List<TemplateProblem> problems() {
        return problems;
    }

    /** The header, or empty when a problem stops it being built (see {@link #problems()}). */
    Optional<TemplateHeader> read() {
        JsonNode root;
        try {
            root = TemplateFileCodec.parseHeader(headerText);
        } catch (JacksonException e) {
            int[] where = yamlPosition(e);
            problems.add(TemplateProblem.of(file, firstLine + where[0] - 1, where[1], ProblemKind.BAD_HEADER,
                    "template.problem.yaml", plainYamlMessage(e)));
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            problems.add(problemAt(1, ProblemKind.BAD_HEADER, "template.problem.headerNotFields"));
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                problemAtKey(field.getKey(), ProblemKind.BAD_HEADER,
                        "template.problem.unknownField", field.getKey(), String.join(", ", FIELDS));
            }
        }
        String id = text(root, "id", true, ProblemKind.BAD_HEADER);
        if (id != null && !TemplateHeader.ID_PATTERN.matcher(id).matches()) {
            problemAtKey("id", ProblemKind.BAD_HEADER, "template.problem.badId", id);
        }
        String title = text(root, "title", true, ProblemKind.BAD_HEADER);
        String summary = text(root, "summary", false, ProblemKind.BAD_HEADER);
        if (summary != null && summary.strip().contains("\n")) {
            problemAtKey("summary", ProblemKind.BAD_HEADER, "template.problem.summaryOneLine");
        }
        String subject = text(root, "subject", true, ProblemKind.MISSING_SUBJECT);
        String ask = text(root, "ask", true, ProblemKind.MISSING_ASK);
        List<String> prompts = textList(root, "prompts");
        List<String> tags = textList(root, "tags");
        List<Source> sources = sources(root);
        int minOwnWords = minOwnWords(root);
        String version = text(root, "version", false, ProblemKind.BAD_HEADER);
        String author = text(root, "author", false, ProblemKind.BAD_HEADER);
        AskKind askKind = askKind(text(root, "askKind", false, ProblemKind.BAD_HEADER));
        Language language = language(text(root, "language", false, ProblemKind.BAD_HEADER));
        String campaign = text(root, "campaign", false, ProblemKind.BAD_HEADER);
        if (campaign != null && !TemplateHeader.ID_PATTERN.matcher(campaign.strip()).matches()) {
            problemAtKey("campaign", ProblemKind.BAD_HEADER, "template.problem.badCampaign", campaign.strip());
        }
        if (problems.stream().anyMatch(TemplateProblem::isError)) {
            return Optional.empty();
        }
        return Optional.of(new TemplateHeader(id, title, summary, subject, ask, prompts, tags, sources, minOwnWords,
                version, author, askKind, language, campaign));
    }

    private Language language(String code) {
        if (code == null) {
            return Language.ENGLISH;
        }
        return Language.ofCode(code).orElseGet(() -> {
            problemAtKey("language", ProblemKind.BAD_HEADER, "template.problem.language", code.strip());
            return Language.ENGLISH;
        });
    }

    private AskKind askKind(String word) {
        if (word == null) {
            return AskKind.CAMPAIGN;
        }
        return AskKind.fromWord(word).orElseGet(() -> {
            problemAtKey("askKind", ProblemKind.BAD_HEADER, "template.problem.askKind", word.strip());
            return AskKind.CAMPAIGN;
        });
    }

    private String text(JsonNode root, String key, boolean required, ProblemKind missingKind) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            if (required) {
                int line = keyLine(key).orElse(1);
                problems.add(problemAt(line, missingKind,
                        missingKind == ProblemKind.MISSING_ASK ? "template.problem.missingAsk"
                                : missingKind == ProblemKind.MISSING_SUBJECT ? "template.problem.missingSubject"
                                : "template.problem.missingField", key));
            }
            return null;
        }
        if (node.isContainer()) {
            problemAtKey(key, ProblemKind.BAD_HEADER, "template.problem.notText", key);
            return null;
        }
        String value = node.asString();
        if (value.contains("{{") && !(key.equals("subject") && namesOnlyTheFirstLetter(value))) {
            problemAtKey(key, ProblemKind.BAD_HEADER, "template.problem.placeholderInHeader", key);
        }
        return value;
    }

    /** A follow-up's subject names the letter it follows up; no other placeholder works in a header. */
    private static boolean namesOnlyTheFirstLetter(String value) {
        return value.replace("{{first.date}}", "").replace("{{first.subject}}", "").replace("{{first.ask}}", "")
                .indexOf("{{") < 0;
    }

    private List<String> textList(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.values().stream().anyMatch(JsonNode::isContainer)) {
            problemAtKey(key, ProblemKind.BAD_HEADER, "template.problem.notTextList", key);
            return List.of();
        }
        return node.values().stream().map(JsonNode::asString).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<Source> sources(JsonNode root) {
        JsonNode node = root.get("sources");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problemAtKey("sources", ProblemKind.BAD_HEADER, "template.problem.sourcesList");
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : node.values()) {
            index++;
            if (!entry.isObject()) {
                problemAtKey("sources", ProblemKind.BAD_HEADER, "template.problem.sourcesList");
                continue;
            }
            for (String name : entry.propertyNames()) {
                if (!SOURCE_FIELDS.contains(name)) {
                    problemAtKey("sources", ProblemKind.BAD_HEADER,
                            "template.problem.unknownSourceField", index, name);
                }
            }
            if (SOURCE_FIELDS.stream().anyMatch(name -> entry.path(name).isContainer())) {
                problemAtKey("sources", ProblemKind.BAD_HEADER, "template.problem.badSource", index);
                continue;
            }
            try {
                sources.add(new Source(entry.path("title").asString(""), entry.path("url").asString(""),
                        entry.path("publisher").asString("")));
            } catch (IllegalArgumentException e) {
                problemAtKey("sources", ProblemKind.BAD_HEADER, "template.problem.badSource", index);
            }
        }
        return sources;
    }

    private int minOwnWords(JsonNode root) {
        JsonNode node = root.get("minOwnWords");
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            problemAtKey("minOwnWords", ProblemKind.BAD_HEADER,
                    "template.problem.minOwnWords", node.isContainer() ? node.toString() : node.asString());
            return 0;
        }
        return node.intValue();
    }

    private void problemAtKey(String key, ProblemKind kind, String messageKey, Object... args) {
        problems.add(problemAt(keyLine(key).orElse(1), kind, messageKey, args));
    }

    private TemplateProblem problemAt(int headerLine, ProblemKind kind, String messageKey, Object... args) {
        return TemplateProblem.of(file, firstLine + headerLine - 1, 1, kind, messageKey, args);
    }

    /** The header line (1-based) where a top-level key is written, found by its text. */
    private Optional<Integer> keyLine(String key) {
        String[] lines = headerText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith(":")) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * Where to point for a YAML error (1-based header line and column). For an unclosed bracket or quote the
     * parser notices only later, so point at where it was opened.
     */
    private static int[] yamlPosition(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            var mark = unclosed(e.getOriginalMessage()) && marked.getContextMark().isPresent()
                    ? marked.getContextMark() : marked.getProblemMark();
            if (mark.isPresent()) {
                return new int[] {mark.get().getLine() + 1, mark.get().getColumn() + 1};
            }
        }
        TokenStreamLocation where = e.getLocation();
        int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
        int column = where == null || where.getColumnNr() < 1 ? 1 : where.getColumnNr();
        return new int[] {line, column};
    }

    private static boolean unclosed(String message) {
        return message != null && (message.startsWith("while parsing a flow") || message.contains("quoted scalar"));
    }

    /** The YAML parser's message in plain English, for the common mistakes; its own first line otherwise. */
    private static String plainYamlMessage(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("while parsing a flow")) {
            return Messages.get("template.yaml.unclosedBracket");
        }
        if (message.contains("quoted scalar")) {
            return Messages.get("template.yaml.unclosedQuote");
        }
        if (message.contains("(TAB)")) {
            return Messages.get("template.yaml.tab");
        }
        if (message.startsWith("mapping values are not allowed")) {
            return Messages.get("template.yaml.colon");
        }
        if (message.contains("block collection") || message.contains("block mapping")) {
            return Messages.get("template.yaml.indentation");
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }
}
