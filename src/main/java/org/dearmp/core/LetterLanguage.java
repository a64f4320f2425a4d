package org.dearmp.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a letter is written in: its template's {@code language} header field. Independent of the
 * language of the interface, so a Welsh speaker using the app in English can still write in Welsh.
 */
public enum LetterLanguage {
    ENGLISH("en", Locale.UK),
    WELSH("cy", Locale.forLanguageTag("cy-GB"));

    private final String code;
    private final Locale locale;

    LetterLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code a template file and the command line use: "en" or "cy". */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a template file names by its code, whatever its case; empty for any other word. */
    public static Optional<LetterLanguage> fromCode(String code) {
        String word = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (LetterLanguage language : values()) {
            if (language.code.equals(word)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a supporters file names, in any of the ways an organiser might write it: the code
     * ("cy", "en", "cy-GB"), its English name or its Welsh one ("Welsh", "Cymraeg", "English", "Saesneg").
     */
    public static Optional<LetterLanguage> fromName(String name) {
        String word = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (word) {
            case "cy", "cy-gb", "cym", "welsh", "cymraeg" -> Optional.of(WELSH);
            case "en", "en-gb", "eng", "english", "saesneg" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
