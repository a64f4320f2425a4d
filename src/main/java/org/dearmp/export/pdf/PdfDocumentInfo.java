package org.dearmp.export.pdf;

import java.util.Objects;

/** What a PDF says about itself in its metadata (File > Properties in a PDF reader). */
public record PdfDocumentInfo(String title, String author, String subject) {
    public PdfDocumentInfo {
        title = Objects.requireNonNullElse(title, "").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        subject = Objects.requireNonNullElse(subject, "").strip();
    }
}
