package org.dearmp.template.user;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version of a user's template: 1 for a new copy, one more on each save that changes it. */
public final class TemplateVersion {
    public static final String FIRST = "1";
    private static final Pattern LAST_NUMBER = Pattern.compile("^(.*?)(\\d{1,9})$");

    private TemplateVersion() {
    }

    /** "1" → "2", "1.4" → "1.5", "2026-3" → "2026-4"; a blank version becomes "1", one with no number "x.1". */
    public static String next(String version) {
        String v = Objects.requireNonNullElse(version, "").strip();
        if (v.isEmpty()) {
            return FIRST;
        }
        Matcher m = LAST_NUMBER.matcher(v);
        if (m.matches()) {
            String digits = m.group(2);
            String bumped = String.valueOf(Long.parseLong(digits) + 1);
            return m.group(1) + bumped;
        }
        return v + ".1";
    }
}
