package org.dearmp.ui.templateeditor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dearmp.template.MustacheTags;
import org.dearmp.template.Placeholders;
import org.dearmp.template.TemplateFields.SourceFields;

/** How the editor's boxes turn into template fields and back, and where things are in the letter's text. */
final class FormText {
    private FormText() {
    }

    static String sourceLine(SourceFields source) {
        return Stream.of(source.title(), source.url(), source.publisher()).reduce((a, b) -> a + " | " + b)
                .orElse("").replaceAll("( \\| )+$", "");
    }

    /** "title | url | publisher"; a part that is a web address is the url wherever it is written. */
    static SourceFields parseSource(String line) {
        String[] parts = line.split("\\|", -1);
        String first = parts[0].strip();
        String second = parts.length > 1 ? parts[1].strip() : "";
        String third = parts.length > 2 ? parts[2].strip() : "";
        if (!second.isEmpty() && !looksLikeUrl(second) && looksLikeUrl(third)) {
            return new SourceFields(first, third, second);
        }
        if (!second.isEmpty() && !looksLikeUrl(second) && third.isEmpty()) {
            return new SourceFields(first, "", second);
        }
        return new SourceFields(first, second, third);
    }

    private static boolean looksLikeUrl(String text) {
        return text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www.");
    }

    static List<String> lines(String text) {
        return Objects.requireNonNullElse(text, "").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The header field written on (or just above) a line of the file. */
    static String fieldAt(String text, int line) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 1; i--) {
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("^([A-Za-z]+):").matcher(lines[i]);
            if (key.find()) {
                return key.group(1);
            }
        }
        return "title";
    }

    static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return text.length();
            }
            offset = newline + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(offset + column - 1, end);
    }

    static List<Highlight> highlight(String bodyText) {
        MustacheTags.Scan scan = MustacheTags.scan(bodyText);
        List<Highlight> marks = new ArrayList<>();
        for (MustacheTags.Tag tag : scan.tags()) {
            if (tag.end() <= tag.start()) {
                continue;
            }
            Highlight.Kind kind = switch (tag.type()) {
                case SECTION, INVERTED_SECTION, SECTION_END -> Highlight.Kind.SECTION;
                case COMMENT -> null;
                default -> known(tag.name()) ? Highlight.Kind.PLACEHOLDER : Highlight.Kind.ERROR;
            };
            if (kind != null) {
                marks.add(new Highlight(tag.start(), tag.end(), kind));
            }
        }
        for (MustacheTags.Mistake mistake : scan.mistakes()) {
            int end = Math.min(bodyText.length(), mistake.offset() + 2);
            if (end > mistake.offset()) {
                marks.add(new Highlight(mistake.offset(), end, Highlight.Kind.ERROR));
            }
        }
        marks.sort(Comparator.comparingInt(Highlight::start));
        return marks;
    }

    private static boolean known(String name) {
        return Placeholders.find(name).isPresent() || name.equals(".") || name.equals("this")
                || name.startsWith("-");
    }
}
