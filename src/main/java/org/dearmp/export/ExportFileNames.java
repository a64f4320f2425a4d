package org.dearmp.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dearmp.i18n.Messages;
import org.dearmp.letter.Letter;

/**
 * The one policy for the names of files the app makes from what people typed or an MP is called: the
 * one-letter export (a readable name in the app, an ASCII slug on the command line) and the batch (one
 * readable, unique name per supporter). Every name is safe on Windows, macOS and Linux: no path separators
 * or characters Windows forbids, no control characters, no reserved device names (CON, NUL, COM1...), no
 * leading dots or dashes, and a bounded length.
 */
public final class ExportFileNames {

    private static final int MAX_SLUG = 60;
    private static final int MAX_CHARS = 80;
    private static final int MAX_UTF8_BYTES = 160;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\p{Cf}/\\\\:*?\"<>|\\u2028\\u2029]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private ExportFileNames() {
    }

    /** e.g. "letter-to-orfhlaith-begley-mp-2026-11-27.pdf" for extension "pdf": easy to type in a shell. */
    public static String forLetter(Letter letter, String extension) {
        return "letter-to-" + slug(letter.recipient().envelopeName()) + "-" + letter.date() + "." + extension;
    }

    /** e.g. "Letter to Rachel Blake MP 2026-11-27.pdf": a name that sorts and says what it is, to offer people. */
    public static String readableForLetter(Letter letter, LocalDate saved, String extension) {
        return readable(Messages.get("export.fileName", letter.recipient().envelopeName(), saved.toString()))
                + "." + extension;
    }

    /** Accents dropped (Ó to o, ŵ to w, Ł to l), anything else not a letter or digit becomes one hyphen. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o').replace("ß", "ss")
                .replace("Æ", "AE").replace("æ", "ae").replace("Đ", "D").replace("đ", "d");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "letter" : slug;
    }

    /** The text as a file name stem (no extension) people can read, accents kept; empty when nothing is left. */
    public static String readable(String text) {
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

    /**
     * Readable stems that are unique in one folder, ignoring case as Windows and macOS do. Not thread-safe:
     * names are handed out in one deterministic order, so a resumed batch gives every supporter the same name.
     */
    public static final class UniqueNames {
        private final Set<String> taken = new HashSet<>();

        /** A unique stem (no extension) for this text; {@code fallback} when nothing usable is left. */
        public String unique(String text, String fallback) {
            String stem = readable(text);
            if (stem.isEmpty()) {
                stem = readable(fallback);
            }
            String candidate = stem;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = stem + " (" + n + ")";
            }
            return candidate;
        }
    }
}
