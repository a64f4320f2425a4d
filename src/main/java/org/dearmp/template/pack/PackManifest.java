package org.dearmp.template.pack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a template pack says about itself: who made it, when, and which templates it holds.
 *
 * @param format       the pack format version; this app reads {@link #FORMAT}
 * @param organisation the campaign group or person that made it, as they typed it (may be empty)
 * @param app          the app and version that wrote it, for support
 */
public record PackManifest(int format, String organisation, Instant created, String app, List<PackEntry> templates) {
    public static final int FORMAT = 1;
    public static final String FILE_NAME = "manifest.json";

    public PackManifest {
        organisation = Objects.requireNonNullElse(organisation, "").strip();
        Objects.requireNonNull(created, "created");
        app = Objects.requireNonNullElse(app, "").strip();
        templates = List.copyOf(templates);
    }
}
