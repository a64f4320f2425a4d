package org.dearmp.template;

import java.util.Objects;

/**
 * A checked template: its header and its Mustache body.
 *
 * @param bodyFirstLine the 1-based line of the file where the body starts, so problems found in the
 *                      body can be reported at their line in the whole file
 * @param location      where it came from, for messages: a file path or "bundled:stronger-laws.txt"
 * @param bundled       true for the templates that ship with the app (read-only)
 */
public record LetterTemplate(TemplateHeader header, String body, int bodyFirstLine, String location, boolean bundled) {
    public LetterTemplate {
        Objects.requireNonNull(header, "header");
        body = Objects.requireNonNullElse(body, "");
        if (bodyFirstLine < 1) {
            throw new IllegalArgumentException("bodyFirstLine starts at 1");
        }
        location = Objects.requireNonNullElse(location, "");
    }

    public String id() {
        return header.id();
    }

    public String title() {
        return header.title();
    }

    public String ask() {
        return header.ask();
    }

    public String subject() {
        return header.subject();
    }
}
