package org.dearmp.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the {@code {{...}}} tags of a Mustache body with their exact place, for error messages and for
 * the editor's highlighting. It is not an engine: rendering is jmustache's job. jmustache reports some
 * mistakes only by line (and accepts others silently, such as an unclosed {@code {{}), so this scan
 * finds them first, with a column.
 */
public final class MustacheTags {

    private static final Pattern NAME = Pattern.compile("\\.|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    /** What a tag does, from the character after the opening braces. */
    public enum TagType {
        VARIABLE, UNESCAPED_VARIABLE, SECTION, INVERTED_SECTION, SECTION_END, COMMENT, PARTIAL, DELIMITERS
    }

    /**
     * One tag.
     *
     * @param start offset of the first '{' in the scanned text
     * @param end   offset just after the last '}'
     * @param line  1-based line of {@code start} in the scanned text
     */
    public record Tag(TagType type, String name, int start, int end, int line, int column) {
    }

    /** A structural mistake, at an offset in the scanned text. */
    public record Mistake(int offset, int line, int column, String messageKey, List<Object> args) {
        public Mistake {
            args = List.copyOf(args);
        }
    }

    /** The tags found, and the mistakes; scanning goes on past a mistake where it can. */
    public record Scan(List<Tag> tags, List<Mistake> mistakes) {
        public Scan {
            tags = List.copyOf(tags);
            mistakes = List.copyOf(mistakes);
        }
    }

    private MustacheTags() {
    }

    public static Scan scan(String text) {
        TextPositions positions = new TextPositions(text);
        List<Tag> tags = new ArrayList<>();
        List<Mistake> mistakes = new ArrayList<>();
        Deque<Tag> openSections = new ArrayDeque<>();
        int pos = 0;
        while (true) {
            int open = text.indexOf("{{", pos);
            if (open < 0) {
                break;
            }
            boolean triple = text.startsWith("{{{", open);
            String closer = triple ? "}}}" : "}}";
            int contentStart = open + (triple ? 3 : 2);
            int close = text.indexOf(closer, contentStart);
            int nextOpen = text.indexOf("{{", contentStart);
            int newline = text.indexOf('\n', contentStart);
            boolean isComment = !triple && contentStart < text.length() && text.charAt(contentStart) == '!';
            if (close < 0 || (nextOpen >= 0 && nextOpen < close) || (!isComment && newline >= 0 && newline < close)) {
                mistakes.add(mistake(positions, open, "template.problem.unclosedTag", snippet(text, open)));
                pos = contentStart;
                continue;
            }
            int end = close + closer.length();
            String content = text.substring(contentStart, close);
            Tag tag = classify(content, triple, open, end, positions);
            pos = end;
            switch (tag.type()) {
                case COMMENT -> {
                    continue;
                }
                case PARTIAL -> {
                    mistakes.add(mistake(positions, open, "template.problem.partial", text.substring(open, end)));
                    continue;
                }
                case DELIMITERS -> {
                    mistakes.add(mistake(positions, open, "template.problem.delimiters", text.substring(open, end)));
                    continue;
                }
                default -> {
                    if (!NAME.matcher(tag.name()).matches()) {
                        mistakes.add(mistake(positions, open, tag.name().isEmpty()
                                ? "template.problem.emptyTag" : "template.problem.badName", text.substring(open, end)));
                        continue;
                    }
                }
            }
            tags.add(tag);
            if (tag.type() == TagType.SECTION || tag.type() == TagType.INVERTED_SECTION) {
                openSections.push(tag);
            } else if (tag.type() == TagType.SECTION_END) {
                if (openSections.isEmpty()) {
                    mistakes.add(mistake(positions, open, "template.problem.closeWithoutOpen", tag.name()));
                } else if (!openSections.peek().name().equals(tag.name())) {
                    Tag opened = openSections.pop();
                    mistakes.add(mistake(positions, open, "template.problem.mismatchedClose", tag.name(),
                            opened.name(), opened.line()));
                } else {
                    openSections.pop();
                }
            }
        }
        for (Tag unclosed : openSections) {
            mistakes.add(new Mistake(unclosed.start(), unclosed.line(), unclosed.column(),
                    "template.problem.sectionNotClosed", List.of(unclosed.name())));
        }
        mistakes.sort(java.util.Comparator.comparingInt(Mistake::offset));
        return new Scan(tags, mistakes);
    }

    private static Tag classify(String content, boolean triple, int start, int end, TextPositions positions) {
        int line = positions.line(start);
        int column = positions.column(start);
        if (triple) {
            return new Tag(TagType.UNESCAPED_VARIABLE, content.strip(), start, end, line, column);
        }
        String trimmed = content.strip();
        char first = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
        TagType type = switch (first) {
            case '#' -> TagType.SECTION;
            case '^' -> TagType.INVERTED_SECTION;
            case '/' -> TagType.SECTION_END;
            case '!' -> TagType.COMMENT;
            case '>', '<', '$' -> TagType.PARTIAL;
            case '=' -> TagType.DELIMITERS;
            case '&' -> TagType.UNESCAPED_VARIABLE;
            default -> TagType.VARIABLE;
        };
        String name = type == TagType.VARIABLE ? trimmed : trimmed.isEmpty() ? "" : trimmed.substring(1).strip();
        return new Tag(type, name, start, end, line, column);
    }

    private static Mistake mistake(TextPositions positions, int offset, String key, Object... args) {
        return new Mistake(offset, positions.line(offset), positions.column(offset), key, List.of(args));
    }

    private static String snippet(String text, int open) {
        int stop = open;
        while (stop < text.length() && stop - open < 20 && text.charAt(stop) != '\n') {
            stop++;
        }
        return text.substring(open, stop);
    }
}
