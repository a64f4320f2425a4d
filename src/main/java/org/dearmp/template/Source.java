package org.dearmp.template;

import java.util.Objects;

/**
 * Where a fact in a template can be checked: a title and at least one of a web address or a publisher.
 *
 * @param url       may be empty when a publisher is given
 * @param publisher may be empty when a url is given
 */
public record Source(String title, String url, String publisher) {
    public Source {
        title = Objects.requireNonNullElse(title, "").strip();
        url = Objects.requireNonNullElse(url, "").strip();
        publisher = Objects.requireNonNullElse(publisher, "").strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A source needs a title");
        }
        if (url.isEmpty() && publisher.isEmpty()) {
            throw new IllegalArgumentException("Source '" + title + "' needs a url or a publisher");
        }
    }

    /** "Modern Slavery Act 2015 (legislation.gov.uk)" for lists shown to people. */
    public String describe() {
        String where = publisher.isEmpty() ? url : url.isEmpty() ? publisher : publisher + ", " + url;
        return title + " (" + where + ")";
    }
}
