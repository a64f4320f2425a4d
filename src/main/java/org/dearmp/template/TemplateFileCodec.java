package org.dearmp.template;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dearmp.i18n.Messages;
import org.dearmp.store.Mappers;
import org.dearmp.store.RefusedFileException;
import org.dearmp.store.UserFiles;
import org.dearmp.template.TemplateFields.SourceFields;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template file format, read and written in this one place: a YAML header between {@code ---} lines,
 * then the Mustache body. Every reader (the checker, the editor's form, packs, the command line) splits and
 * parses here and every writer writes here, so a file read and written back is the same file: fields in the
 * documented order, blank optional fields and empty lists left out.
 */
public final class TemplateFileCodec {

    /** Bigger than any letter template: a guard against being handed the wrong file. */
    public static final long MAX_FILE_BYTES = 256 * 1024;

    private static final Pattern FENCE = Pattern.compile("---\\s*");

    /** What {@link #split} found. */
    public sealed interface Split permits Parts, Unsplit {
    }

    /**
     * @param header        the YAML between the fences; its first line is line 2 of the file
     * @param bodyFirstLine the file line where the body starts
     */
    public record Parts(String header, String body, int bodyFirstLine) implements Split {
        public static final int HEADER_FIRST_LINE = 2;
    }

    /** The text has no header to split off; {@code problemKey} is the message saying why. */
    public record Unsplit(String problemKey) implements Split {
    }

    private TemplateFileCodec() {
    }

    /**
     * The text of a template file, checked as every reader checks it: a file too big to be a template or not
     * in UTF-8 (the one encoding templates use) is refused with that one problem, reported against {@code name}.
     */
    public static String text(String name, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw refused(name, Messages.get("template.problem.tooBig", MAX_FILE_BYTES / 1024));
        }
        return decode(bytes).orElseThrow(() -> refused(name, Messages.get("template.problem.notUtf8")));
    }

    /**
     * The text of a template file, as {@link #text}; what is not an ordinary file, or is too big, is refused
     * before it is read, as that one problem.
     */
    public static String read(Path file, String name) throws IOException {
        return text(name, readBytes(file, name));
    }

    /** The bytes of a template file the user named, read as {@link UserFiles} reads such files. */
    public static byte[] readBytes(Path file, String name) throws IOException {
        try {
            return UserFiles.readAll(file, MAX_FILE_BYTES, Messages.get("template.file.what"));
        } catch (RefusedFileException e) {
            throw refused(name, e.getMessage());
        }
    }

    private static TemplateException refused(String name, String message) {
        return new TemplateException(List.of(new TemplateProblem(name, 1, 1, ProblemKind.BAD_HEADER, message)));
    }

    /** The text of a template file, or empty when its bytes are not UTF-8 (the one encoding templates use). */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Line endings as \n and no byte-order mark, so columns count what the user sees. */
    public static String normalise(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        return unix.startsWith("\uFEFF") ? unix.substring(1) : unix;
    }

    /** The header and body of a file's text (normalised first). */
    public static Split split(String text) {
        String[] lines = normalise(text).split("\n", -1);
        if (!FENCE.matcher(lines[0]).matches()) {
            return new Unsplit("template.problem.noHeader");
        }
        for (int closing = 1; closing < lines.length; closing++) {
            if (FENCE.matcher(lines[closing]).matches()) {
                return new Parts(String.join("\n", Arrays.copyOfRange(lines, 1, closing)),
                        String.join("\n", Arrays.copyOfRange(lines, closing + 1, lines.length)), closing + 2);
            }
        }
        return new Unsplit("template.problem.headerNotClosed");
    }

    /** The header's YAML as a tree; the exception says where the YAML is wrong. */
    static JsonNode parseHeader(String header) throws JacksonException {
        return Mappers.yaml().readTree(header);
    }

    /**
     * The fields as written, whatever their problems, or empty when the header cannot be read at all (then
     * only a text editor can mend it; the checker says where).
     */
    public static Optional<TemplateFields> readFields(String text) {
        if (!(split(text) instanceof Parts parts)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = parseHeader(parts.header());
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
        return Optional.of(new TemplateFields(root.path("id").asString(""), root.path("title").asString(""),
                root.path("summary").asString(""), root.path("subject").asString(""), root.path("ask").asString(""),
                textList(root, "prompts"), textList(root, "tags"), sources,
                root.path("minOwnWords").asString(""), root.path("version").asString(""),
                root.path("author").asString(""), parts.body(), root.path("askKind").asString(""),
                root.path("language").asString(""), root.path("campaign").asString("")));
    }

    public static String write(LetterTemplate template) {
        return write(template.header(), template.body());
    }

    public static String write(TemplateHeader header, String body) {
        return write(TemplateFields.of(header, body));
    }

    /** The file text; the required fields are always written (blank in a draft), so problems have a line. */
    public static String write(TemplateFields fields) {
        ObjectNode root = Mappers.yaml().createObjectNode();
        root.put("id", fields.id());
        root.put("title", fields.title());
        putUnlessBlank(root, "summary", fields.summary());
        root.put("subject", fields.subject());
        root.put("ask", fields.ask());
        putUnlessBlank(root, "askKind", fields.askKind());
        putUnlessBlank(root, "language", fields.language());
        putUnlessBlank(root, "campaign", fields.campaign());
        putList(root, "prompts", fields.prompts());
        putList(root, "tags", fields.tags());
        if (!fields.sources().isEmpty()) {
            ArrayNode list = root.putArray("sources");
            for (SourceFields source : fields.sources()) {
                ObjectNode entry = list.addObject();
                entry.put("title", source.title());
                putUnlessBlank(entry, "url", source.url());
                putUnlessBlank(entry, "publisher", source.publisher());
            }
        }
        String minOwnWords = fields.minOwnWords();
        if (minOwnWords.matches("\\d{1,9}")) {
            root.put("minOwnWords", Integer.parseInt(minOwnWords));
        } else {
            // As typed, so the checker can say what is wrong with it.
            putUnlessBlank(root, "minOwnWords", minOwnWords);
        }
        putUnlessBlank(root, "version", fields.version());
        putUnlessBlank(root, "author", fields.author());
        String yaml = Mappers.yaml().writeValueAsString(root);
        String body = fields.body();
        return "---\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + "---\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    /** The line of the header's {@code id:} (1 when there is none), for problems that concern the id. */
    public static int idLine(String text) {
        List<String> lines = normalise(text).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("id:")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static List<String> textList(JsonNode root, String key) {
        return root.path(key).values().stream().map(n -> n.asString("")).toList();
    }

    private static void putUnlessBlank(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    private static void putList(ObjectNode root, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode list = root.putArray(key);
            values.forEach(list::add);
        }
    }
}
