package org.dearmp.template;

import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.template.MustacheTags.Tag;
import org.dearmp.template.MustacheTags.TagType;

/**
 * How far a template may go. Sections inside sections multiply: {@code {{#points}}} ten deep over three
 * points repeats its text 3^10 times, so a small file could fill the memory of every screen, check and
 * batch that renders it. The checker refuses sections nested deeper than {@link #MAX_NESTING}, and every
 * render stops as soon as the letter passes {@link #MAX_RENDERED_CHARS}: the checker and the renderer both
 * ask here, so no path renders a template these limits would refuse.
 */
public final class TemplateLimits {

    /** Deeper than any letter needs ({@code {{#points}}{{#first}}...} is two). */
    public static final int MAX_NESTING = 4;

    /** About thirty pages of text: far past any letter, far short of trouble. */
    public static final int MAX_RENDERED_CHARS = 100_000;

    private TemplateLimits() {
    }

    /** The first section opened deeper than {@link #MAX_NESTING}, in {@code tags} as scanned, or empty. */
    static Optional<Tag> tooDeep(List<Tag> tags) {
        int depth = 0;
        for (Tag tag : tags) {
            if (tag.type() == TagType.SECTION || tag.type() == TagType.INVERTED_SECTION) {
                depth++;
                if (depth > MAX_NESTING) {
                    return Optional.of(tag);
                }
            } else if (tag.type() == TagType.SECTION_END) {
                depth = Math.max(0, depth - 1);
            }
        }
        return Optional.empty();
    }

    /**
     * A value for every placeholder: a word for each text, three items for each list, true for each flag.
     * Real letters have longer values, so a template that passes the limit with these is refused outright,
     * by every checker, the batch's included; one that passes it only with real values is stopped as it renders.
     */
    static Map<String, Object> trialValues() {
        Map<String, Object> values = new HashMap<>();
        for (Placeholder placeholder : Placeholders.ALL) {
            Object value = switch (placeholder.kind()) {
                case TEXT -> "Sample";
                case LIST -> List.of("Sample one", "Sample two", "Sample three");
                case FLAG -> Boolean.TRUE;
            };
            Map<String, Object> into = values;
            String[] parts = placeholder.name().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) into.computeIfAbsent(parts[i], k -> new HashMap<>());
                into = inner;
            }
            into.put(parts[parts.length - 1], value);
        }
        return values;
    }

    /** Where to point at when a letter runs past the limit: the first section (what repeats), else the top. */
    static int lineToBlame(List<Tag> tags) {
        return tags.stream().filter(t -> t.type() == TagType.SECTION).mapToInt(Tag::line).findFirst().orElse(1);
    }

    /**
     * A letter from the template would pass {@link #MAX_RENDERED_CHARS}; thrown while rendering, so the
     * rest is never made. {@code bodyLine} is the line of the body to blame.
     */
    public static final class TooLongException extends DearMpException {
        private final transient LetterTemplate template;

        TooLongException(LetterTemplate template) {
            super(Messages.get("template.problem.renderTooLong", template.location(), MAX_RENDERED_CHARS));
            this.template = template;
        }

        /** The problem for the checker, at the line in the whole file. */
        public TemplateProblem problem() {
            int line = template.bodyFirstLine() + lineToBlame(MustacheTags.scan(template.body()).tags()) - 1;
            return TemplateProblem.of(template.location(), line, 1, ProblemKind.TOO_BIG,
                    "template.problem.renderTooLongAt", MAX_RENDERED_CHARS);
        }
    }

    /** Takes what jmustache writes and stops it, by throwing, past the limit. */
    static final class CappedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final LetterTemplate template;

        CappedWriter(LetterTemplate template) {
            this.template = template;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            if (text.length() + len > MAX_RENDERED_CHARS) {
                throw new TooLongException(template);
            }
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (text.length() + len > MAX_RENDERED_CHARS) {
                throw new TooLongException(template);
            }
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {
            // Nothing buffered outside the text itself.
        }

        @Override
        public void close() {
            // Nothing to release.
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
