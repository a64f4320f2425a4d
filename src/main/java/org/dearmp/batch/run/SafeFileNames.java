package org.dearmp.batch.run;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from what supporters typed, safe on Windows, macOS and Linux: no path
 * separators or characters Windows forbids, no control characters, no reserved device names
 * (CON, NUL, COM1...), no leading dots, a bounded length, and unique (ignoring case, as Windows
 * and macOS do). Not thread-safe: names are handed out in one deterministic order, so a resumed
 * run gives every supporter the same name again.
 */
public final class SafeFileNames {

    private static final int MAX_CHARS = 80;
    private static final int MAX_UTF8_BYTES = 160;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\p{Cf}/\\\\:*?\"<>|\\u2028\\u2029]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private final Set<String> taken = new HashSet<>();

    /** A unique stem (no extension) for this text; {@code fallback} when nothing usable is left. */
    public String unique(String text, String fallback) {
        String stem = clean(text);
        if (stem.isEmpty()) {
            stem = clean(fallback);
        }
        String candidate = stem;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")";
        }
        return candidate;
    }

    /** The safe form of one name, not yet made unique. */
    static String clean(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        s = FORBIDDEN.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\s+", " ").strip();
        // Leading dots hide files on Unix; leading dashes look like options to shell tools; trailing dots and spaces vanish on Windows.
        s = s.replaceAll("^[.\\-\\s]+", "").replaceAll("[.\\s]+$", "");
        if (RESERVED.matcher(s).matches()) {
            s = "_" + s;
        }
        s = truncate(s);
        return s.replaceAll("[.\\s]+$", "");
    }

    private static String truncate(String s) {
        int end = 0;
        int bytes = 0;
        int chars = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (chars + 1 > MAX_CHARS || bytes + size > MAX_UTF8_BYTES) {
                break;
            }
            bytes += size;
            chars++;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
