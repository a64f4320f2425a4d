package org.dearmp.export;

import java.text.Normalizer;
import java.util.Locale;
import org.dearmp.letter.Letter;

/** File names for exported letters that are safe on every system: ASCII letters, digits and hyphens. */
public final class ExportFileNames {

    private static final int MAX_SLUG = 60;

    private ExportFileNames() {
    }

    /** e.g. "letter-to-orfhlaith-begley-mp-2026-11-27.pdf" for extension "pdf". */
    public static String forLetter(Letter letter, String extension) {
        return "letter-to-" + slug(letter.recipient().envelopeName()) + "-" + letter.date() + "." + extension;
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
}
