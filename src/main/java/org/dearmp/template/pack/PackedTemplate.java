package org.dearmp.template.pack;

import java.util.Objects;
import org.dearmp.template.LetterTemplate;

/**
 * A template inside a pack: the manifest's entry, the checked template, and the file's exact text (which is
 * what gets saved on import, so nothing is reformatted on the way through).
 */
public record PackedTemplate(PackEntry entry, LetterTemplate template, String text) {
    public PackedTemplate {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(text, "text");
        if (!entry.id().equals(template.id())) {
            throw new IllegalArgumentException("Entry " + entry.id() + " holds template " + template.id());
        }
    }

    /** A template about to be packed; its entry comes from its own header. */
    public static PackedTemplate of(LetterTemplate template, String text, String basedOn) {
        return new PackedTemplate(new PackEntry(template.id(), template.title(), template.header().version(),
                PackEntry.fileNameFor(template.id()), basedOn), template, text);
    }

    public String id() {
        return entry.id();
    }
}
