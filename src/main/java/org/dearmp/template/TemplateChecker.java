package org.dearmp.template;

import com.samskivert.mustache.MustacheException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dearmp.i18n.Messages;
import org.dearmp.template.MustacheTags.Tag;
import org.dearmp.template.MustacheTags.TagType;

/**
 * Checks a template file's text and reports ALL its problems, each at its line and column in the whole
 * file: the header, the Mustache syntax, the placeholders, the ask, and (with a {@link LengthCheck})
 * whether a typical letter from it fits on one page. The loader, the template editor and
 * {@code dear-mp template check} all use this one class.
 */
public final class TemplateChecker {

    /**
     * Judges whether a letter from this template, with typical points and story, runs over one page.
     * The letter package supplies the real one, counting pages with the PDF's own layout; see
     * {@code org.dearmp.letter.TypicalLetter#lengthCheck(LetterMeasure)}.
     */
    @FunctionalInterface
    public interface LengthCheck {
        /** A plain-English message when too long, or empty. */
        Optional<String> tooLong(LetterTemplate template);
    }

    /** The outcome: the template when it has no errors (warnings allowed), and every problem found. */
    public record Result(Optional<LetterTemplate> template, List<TemplateProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(TemplateProblem::isError);
        }

        /** No problem at all, not even a warning. */
        public boolean isClean() {
            return problems.isEmpty();
        }

        public List<TemplateProblem> errors() {
            return problems.stream().filter(TemplateProblem::isError).toList();
        }

        public List<TemplateProblem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }

    private static final Pattern JMUSTACHE_LINE = Pattern.compile("@ line (\\d+)");

    private final LengthCheck lengthCheck;

    /** Checks everything except the length of a typical letter. */
    public TemplateChecker() {
        this(template -> Optional.empty());
    }

    public TemplateChecker(LengthCheck lengthCheck) {
        this.lengthCheck = Objects.requireNonNull(lengthCheck);
    }

    /**
     * @param text    the whole file
     * @param file    its name as the user knows it, for messages
     * @param bundled whether it ships with the app
     */
    public Result check(String text, String file, boolean bundled) {
        List<TemplateProblem> problems = new ArrayList<>();
        TemplateFileCodec.Split split = TemplateFileCodec.split(text);
        if (split instanceof TemplateFileCodec.Unsplit unsplit) {
            problems.add(new TemplateProblem(file, 1, 1, ProblemKind.BAD_HEADER, Messages.get(unsplit.problemKey())));
            return new Result(Optional.empty(), problems);
        }
        TemplateFileCodec.Parts parts = (TemplateFileCodec.Parts) split;
        String body = parts.body();
        int bodyFirstLine = parts.bodyFirstLine();

        HeaderReader headerReader = new HeaderReader(file, parts.header(), TemplateFileCodec.Parts.HEADER_FIRST_LINE);
        Optional<TemplateHeader> header = headerReader.read();
        problems.addAll(headerReader.problems());
        List<Tag> tags = checkBody(body, file, bodyFirstLine, problems);

        if (problems.stream().anyMatch(TemplateProblem::isError) || header.isEmpty()) {
            return new Result(Optional.empty(), sorted(problems));
        }
        LetterTemplate template = new LetterTemplate(header.get(), body, bodyFirstLine, file, bundled);
        try {
            TemplateRenderer.render(template, TemplateLimits.trialValues());
        } catch (TemplateLimits.TooLongException e) {
            problems.add(e.problem());
            return new Result(Optional.empty(), sorted(problems));
        }
        if (tags.stream().noneMatch(tag -> tag.name().equals("ask"))) {
            problems.add(TemplateProblem.of(file, bodyFirstLine, 1, ProblemKind.ASK_NOT_IN_BODY,
                    "template.problem.askNotInBody"));
        }
        if (tags.stream().noneMatch(tag -> tag.name().equals("points") || tag.name().equals("story"))) {
            problems.add(TemplateProblem.of(file, bodyFirstLine, 1, ProblemKind.NO_ROOM_FOR_OWN_WORDS,
                    "template.problem.noRoomForOwnWords"));
        }
        try {
            lengthCheck.tooLong(template).ifPresent(message -> problems.add(
                    new TemplateProblem(file, bodyFirstLine, 1, ProblemKind.TOO_LONG, message)));
        } catch (TemplateLimits.TooLongException e) {
            problems.add(e.problem());
            return new Result(Optional.empty(), sorted(problems));
        }
        return new Result(Optional.of(template), sorted(problems));
    }

    private static List<Tag> checkBody(String body, String file, int bodyFirstLine, List<TemplateProblem> problems) {
        MustacheTags.Scan scan = MustacheTags.scan(body);
        for (MustacheTags.Mistake mistake : scan.mistakes()) {
            problems.add(TemplateProblem.of(file, bodyFirstLine + mistake.line() - 1, mistake.column(),
                    ProblemKind.SYNTAX, mistake.messageKey(), mistake.args().toArray()));
        }
        Deque<String> openSections = new ArrayDeque<>();
        for (Tag tag : scan.tags()) {
            switch (tag.type()) {
                case SECTION_END -> {
                    if (!openSections.isEmpty() && openSections.peek().equals(tag.name())) {
                        openSections.pop();
                    }
                }
                case SECTION, INVERTED_SECTION -> {
                    checkName(tag, openSections, file, bodyFirstLine, problems);
                    openSections.push(tag.name());
                }
                default -> checkName(tag, openSections, file, bodyFirstLine, problems);
            }
        }
        Optional<Tag> tooDeep = TemplateLimits.tooDeep(scan.tags());
        tooDeep.ifPresent(tag -> problems.add(TemplateProblem.of(file, bodyFirstLine + tag.line() - 1, tag.column(),
                ProblemKind.TOO_BIG, "template.problem.tooDeep", TemplateLimits.MAX_NESTING)));
        if (scan.mistakes().isEmpty() && tooDeep.isEmpty()) {
            try {
                TemplateRenderer.compile(body);
            } catch (MustacheException e) {
                Matcher line = JMUSTACHE_LINE.matcher(String.valueOf(e.getMessage()));
                int bodyLine = line.find() ? Integer.parseInt(line.group(1)) : 1;
                problems.add(new TemplateProblem(file, bodyFirstLine + bodyLine - 1, 1, ProblemKind.SYNTAX,
                        Messages.get("template.problem.mustache", String.valueOf(e.getMessage()))));
            }
        }
        return scan.tags();
    }

    private static void checkName(Tag tag, Deque<String> openSections, String file, int bodyFirstLine,
                                  List<TemplateProblem> problems) {
        String name = tag.name();
        String key = null;
        Object[] args = {name};
        if (Placeholders.CURRENT_ITEM.contains(name)) {
            if (openSections.isEmpty()) {
                key = "template.problem.itemOutsideSection";
            }
        } else if (Placeholders.LIST_POSITION.contains(name)) {
            boolean inList = openSections.stream()
                    .anyMatch(open -> Placeholders.find(open).map(Placeholder::list).orElse(false));
            if (!inList) {
                key = "template.problem.positionOutsideList";
            }
        } else if (Placeholders.find(name).isEmpty()) {
            Optional<String> guess = Placeholders.closest(name);
            key = guess.isPresent() ? "template.problem.unknownPlaceholderGuess" : "template.problem.unknownPlaceholder";
            args = guess.isPresent() ? new Object[] {name, guess.get()} : args;
        }
        if (key != null) {
            problems.add(TemplateProblem.of(file, bodyFirstLine + tag.line() - 1, tag.column(),
                    ProblemKind.UNKNOWN_PLACEHOLDER, key, args));
        }
    }

    private static List<TemplateProblem> sorted(List<TemplateProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(TemplateProblem::line).thenComparingInt(TemplateProblem::column))
                .toList();
    }
}
