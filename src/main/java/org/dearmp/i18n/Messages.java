package org.dearmp.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** All user-facing text comes from one en-GB bundle: {@code org/dearmp/messages_en_GB.properties}. */
public final class Messages {
    public static final Locale LOCALE = Locale.UK;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.dearmp.messages", LOCALE);
    /** Parsed once per key: a batch or a stdin lookup formats the same few messages thousands of times. */
    private static final ConcurrentHashMap<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text for {@code key}, with {0}, {1}... filled in by {@link MessageFormat} when args are given. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key: " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern, LOCALE));
        synchronized (format) { // MessageFormat is not thread-safe
            return format.format(args);
        }
    }
}
