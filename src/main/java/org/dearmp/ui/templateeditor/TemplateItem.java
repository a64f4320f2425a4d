package org.dearmp.ui.templateeditor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A template as the Templates list shows it.
 *
 * @param bundled    ships with the app: read-only, "Duplicate to edit"
 * @param errorCount errors that keep a user template from letter writers (a draft when above 0)
 * @param basedOn    the bundled template it was duplicated from, or empty
 */
public record TemplateItem(String id, String title, List<String> tags, boolean bundled, int errorCount,
                           String basedOn) {
    public TemplateItem {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, id);
        tags = tags == null ? List.of() : List.copyOf(tags);
        basedOn = Objects.requireNonNullElse(basedOn, "");
    }

    public boolean draft() {
        return errorCount > 0;
    }

    /** Matches a search by title, tag or id, ignoring case; a blank search matches everything. */
    public boolean matches(String search) {
        String query = Objects.requireNonNullElse(search, "").strip().toLowerCase(Locale.UK);
        if (query.isEmpty()) {
            return true;
        }
        return title.toLowerCase(Locale.UK).contains(query) || id.contains(query)
                || tags.stream().anyMatch(tag -> tag.toLowerCase(Locale.UK).contains(query));
    }
}
