package org.dearmp.template.pack;

import java.util.Objects;
import org.dearmp.template.TemplateHeader;
import org.dearmp.template.TemplateLibrary;

/**
 * One template in a pack, as the manifest lists it.
 *
 * @param file    the file in the pack: always the id followed by ".txt", so one id means one file
 * @param basedOn the id of the bundled template it was adapted from, or empty
 */
public record PackEntry(String id, String title, String version, String file, String basedOn) {
    public PackEntry {
        id = Objects.requireNonNullElse(id, "").strip();
        if (!TemplateHeader.ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a template id: '" + id + "'");
        }
        title = Objects.requireNonNullElse(title, "").strip();
        version = Objects.requireNonNullElse(version, "").strip();
        file = Objects.requireNonNullElse(file, fileNameFor(id));
        basedOn = Objects.requireNonNullElse(basedOn, "").strip();
    }

    public static String fileNameFor(String id) {
        return id + TemplateLibrary.EXTENSION;
    }
}
