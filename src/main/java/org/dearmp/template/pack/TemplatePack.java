package org.dearmp.template.pack;

import java.util.List;
import java.util.Objects;

/** A pack that has been read and checked in full: every template in it is usable. */
public record TemplatePack(PackManifest manifest, List<PackedTemplate> templates) {
    public TemplatePack {
        Objects.requireNonNull(manifest, "manifest");
        templates = List.copyOf(templates);
    }

    public List<String> ids() {
        return templates.stream().map(PackedTemplate::id).toList();
    }
}
