package org.dearmp.template;

import java.util.List;
import java.util.stream.Collectors;
import org.dearmp.core.DearMpException;

/** A template that cannot be used; the message lists each problem with its file, line and column. */
public final class TemplateException extends DearMpException {
    private final transient List<TemplateProblem> problems;

    public TemplateException(List<TemplateProblem> problems) {
        super(problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A TemplateException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
