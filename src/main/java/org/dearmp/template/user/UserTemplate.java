package org.dearmp.template.user;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateProblem;

/**
 * One of the user's own templates as saved, checked: it may be a draft with errors, which is kept but never
 * offered to letter writers.
 *
 * @param basedOn  the id of the bundled template it was duplicated from, or empty
 * @param problems the checker's problems, plus any the store adds (a file named for another id)
 */
public record UserTemplate(String id, Path file, String text, Optional<LetterTemplate> template,
                           List<TemplateProblem> problems, String basedOn) {
    public UserTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(template, "template");
        problems = List.copyOf(problems);
        basedOn = Objects.requireNonNullElse(basedOn, "");
        if (template.isPresent() && problems.stream().anyMatch(TemplateProblem::isError)) {
            template = Optional.empty();
        }
    }

    static UserTemplate of(String id, Path file, String text, TemplateChecker.Result result,
                           List<TemplateProblem> extra, String basedOn) {
        List<TemplateProblem> all = new java.util.ArrayList<>(result.problems());
        all.addAll(extra);
        return new UserTemplate(id, file, text, result.template(), all, basedOn);
    }

    /** Checks clean of errors, so letter writers may use it (warnings are advice). */
    public boolean usable() {
        return template.isPresent();
    }

    public boolean draft() {
        return !usable();
    }
}
