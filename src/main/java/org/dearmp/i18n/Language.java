package org.dearmp.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Dear MP speaks: the interface's (chosen at start) and, independently, a letter's (its template's
 * {@code language} header), so a Welsh speaker using the app in English can still write in Welsh. The code is
 * what the settings file, a template's header and {@code --language} hold.
 */
public enum Language {
    ENGLISH("en", Locale.UK),
    WELSH("cy", new Locale("cy", "GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code cy} or {@code en}, in any case and with spaces around; empty for anything else. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The interface language, first of: the command line's choice, the one saved in the settings, the
     * system's (a Welsh system locale gives Welsh), English. A code that is neither {@code cy} nor {@code en}
     * counts as not given (the command line refuses one before it gets here).
     */
    public static Language choose(String commandLine, String saved, Locale system) {
        return ofCode(commandLine).or(() -> ofCode(saved))
                .orElseGet(() -> system != null && "cy".equals(system.getLanguage()) ? WELSH : ENGLISH);
    }

    /**
     * The language a supporters file names, in any of the ways an organiser might write it: the code
     * ("cy", "en", "cy-GB"), its English name or its Welsh one ("Welsh", "Cymraeg", "English", "Saesneg").
     */
    public static Optional<Language> fromName(String name) {
        String word = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (word) {
            case "cy", "cy-gb", "cym", "welsh", "cymraeg" -> Optional.of(WELSH);
            case "en", "en-gb", "eng", "english", "saesneg" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
