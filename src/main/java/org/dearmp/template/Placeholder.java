package org.dearmp.template;

import org.dearmp.i18n.Messages;

/**
 * A name a template body may use, e.g. {@code mp.name}. A LIST ({@code points}) is shown with a section that
 * repeats for each item: {@code {{#points}}- {{.}}{{/points}}}; a FLAG ({@code hasPoints}) only opens or
 * skips a section: {@code {{#hasPoints}}...{{/hasPoints}}}.
 */
public record Placeholder(String name, Kind kind) {

    public enum Kind {
        TEXT, LIST, FLAG
    }

    public boolean list() {
        return kind == Kind.LIST;
    }

    /** What it prints, for the editor's palette and the docs: from the message bundle. */
    public String description() {
        return Messages.get("template.placeholder." + name);
    }

    /** The text to insert at the caret. */
    public String snippet() {
        return switch (kind) {
            case TEXT -> "{{" + name + "}}";
            case LIST -> "{{#" + name + "}}\n- {{.}}\n{{/" + name + "}}\n";
            case FLAG -> "{{#" + name + "}}\n\n{{/" + name + "}}\n";
        };
    }
}
