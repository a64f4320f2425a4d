package org.dearmp.ui.templateeditor;

import java.util.Objects;
import org.dearmp.template.TemplateProblem;

/**
 * A problem as the editor lists it, with where to take the user when they pick it.
 *
 * @param field      the header field to focus ("ask", "title"...), or null for the body
 * @param bodyOffset where to put the caret in the body when {@code field} is null
 */
public record ProblemRow(TemplateProblem problem, String field, int bodyLine, int bodyColumn, int bodyOffset) {
    public ProblemRow {
        Objects.requireNonNull(problem, "problem");
    }

    public boolean inBody() {
        return field == null;
    }

    public boolean isError() {
        return problem.isError();
    }

    /** The problem as the editor lists it, in its own words: where it is and what to do. */
    public String text() {
        return EditorProblemText.withPlace(this);
    }
}
