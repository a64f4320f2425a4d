package org.dearmp.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All user-facing text, from {@code org/dearmp/messages_en_GB.properties} or, in Welsh,
 * {@code messages_cy.properties}, whose missing keys fall back to the English. The language is chosen once
 * at start ({@link #use}); {@link #get} then reads it without locking.
 */
public final class Messages {
    private static final String BASE_NAME = "org.dearmp.messages";
    /** Each language's bundle and format cache, made once. */
    private static final ConcurrentHashMap<Language, Texts> TEXTS = new ConcurrentHashMap<>();
    private static volatile Texts current = texts(Language.ENGLISH);

    private Messages() {
    }

    /** From now on every message is in {@code language}. */
    public static void use(Language language) {
        current = texts(language);
    }

    public static Language language() {
        return current.language;
    }

    /** The locale of the interface language, for MessageFormat and anything that formats for the reader. */
    public static Locale locale() {
        return current.language.locale();
    }

    public static ResourceBundle bundle() {
        return current.bundle;
    }

    /** The text for {@code key}, with {0}, {1}... filled in by {@link MessageFormat} when args are given. */
    public static String get(String key, Object... args) {
        return current.get(key, args);
    }

    /** The text for {@code key} in {@code language}, whatever the interface language (a notice given in both). */
    public static String in(Language language, String key, Object... args) {
        return texts(language).get(key, args);
    }

    /** The bundle of {@code language} alone, without the English it falls back to (tests of the translation). */
    public static ResourceBundle bundleOf(Language language) {
        return texts(language).bundle;
    }

    /**
     * Another bundle of interface text beside this one (the command line's help, which picocli reads by its own
     * keys), in {@code language}, falling back to English as the messages do.
     */
    public static ResourceBundle bundle(String baseName, Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(), FallBackToEnglish.INSTANCE);
    }

    private static Texts texts(Language language) {
        return TEXTS.computeIfAbsent(language, Texts::new);
    }

    /** One language's text; its formats are parsed once per key, with that language's locale. */
    private static final class Texts {
        private final Language language;
        private final ResourceBundle bundle;
        /** A batch or a stdin lookup formats the same few messages thousands of times. */
        private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

        Texts(Language language) {
            this.language = language;
            this.bundle = ResourceBundle.getBundle(BASE_NAME, language.locale(), FallBackToEnglish.INSTANCE);
        }

        String get(String key, Object... args) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("Missing message key: " + key, e);
            }
            if (args.length == 0) {
                return pattern;
            }
            MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, language.locale()));
            synchronized (format) { // MessageFormat is not thread-safe
                return format.format(args);
            }
        }
    }

    /**
     * Properties files only, and a Welsh bundle whose parent is the English one: a key the translation lacks
     * is shown in English, never as an error. The system's default locale plays no part.
     */
    static final class FallBackToEnglish extends ResourceBundle.Control {
        static final FallBackToEnglish INSTANCE = new FallBackToEnglish();

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            java.util.LinkedHashSet<Locale> candidates = new java.util.LinkedHashSet<>();
            if (locale.getLanguage().equals("cy")) {
                candidates.add(locale);
                candidates.add(new Locale("cy"));
            }
            candidates.addAll(List.of(Locale.UK, Locale.ENGLISH, Locale.ROOT));
            return List.copyOf(candidates);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
