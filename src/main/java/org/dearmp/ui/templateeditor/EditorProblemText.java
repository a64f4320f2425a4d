package org.dearmp.ui.templateeditor;

import java.util.List;
import java.util.Set;
import org.dearmp.i18n.Messages;
import org.dearmp.template.TemplateProblem;

/**
 * A template problem in the editor's own words. The checker speaks of the file format ('Add "ask:"...'), as
 * {@code dear-mp template check} should for a file; the editor shows boxes, so it says "Fill in the Ask box".
 * A problem with an editor wording ({@code ui.editor.problemText.*}) is said that way; any other keeps the
 * checker's message, named after the box it is about.
 */
final class EditorProblemText {
    private static final String CHECKER_PREFIX = "template.problem.";
    private static final String EDITOR_PREFIX = "ui.editor.problemText.";
    /** Messages whose first value is a header field's name: the editor names the box instead. */
    private static final Set<String> FIELD_FIRST = Set.of("missingField", "placeholderInHeader", "notText",
            "notTextList");

    private EditorProblemText() {
    }

    /** What the editor says about the problem, without where it is. */
    static String of(TemplateProblem problem) {
        String key = problem.key();
        if (!key.startsWith(CHECKER_PREFIX)) {
            return problem.message();
        }
        String name = key.substring(CHECKER_PREFIX.length());
        String editorKey = EDITOR_PREFIX + name;
        if (!Messages.bundle().containsKey(editorKey)) {
            return problem.message();
        }
        List<Object> args = problem.args();
        Object[] values = args.toArray();
        if (FIELD_FIRST.contains(name) && values.length > 0) {
            values[0] = boxName(String.valueOf(values[0]));
        }
        return Messages.get(editorKey, values);
    }

    /** The problem with where it is: the letter's line and column, or the box it is about. */
    static String withPlace(ProblemRow row) {
        String text = of(row.problem());
        if (row.inBody()) {
            return Messages.get("ui.editor.problem.inBody", row.bodyLine(), row.bodyColumn(), text);
        }
        if (!text.equals(row.problem().message())) {
            return text; // the editor's wording already names its box
        }
        return Messages.get("ui.editor.problem.inField", boxName(row.field()), text);
    }

    /** "Ask", "Minimum own words"... as the form labels the box; the field's own name when there is none. */
    static String boxName(String field) {
        String key = "ui.editor.field." + field;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : field;
    }
}
