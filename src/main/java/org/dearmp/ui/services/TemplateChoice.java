package org.dearmp.ui.services;

import java.util.List;
import java.util.Objects;

/** A letter template as the chooser shows it. */
public record TemplateChoice(String id, String title, String summary, String ask, List<String> prompts,
                             boolean blank) {
    public TemplateChoice {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, id);
        summary = Objects.requireNonNullElse(summary, "");
        ask = Objects.requireNonNullElse(ask, "");
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
