package org.dearmp.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the interface is written in. The code is what the settings file and {@code --language} hold. */
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
}
