package org.dearmp.parliament;

import java.util.Locale;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;

/**
 * The names of the nations and English regions a constituency is in, as the interface says them. The data
 * names them in English ("Wales", "North East"), and English output keeps the data's own words; Welsh output
 * takes the bundle's name for the region ("Cymru", "Gogledd-ddwyrain Lloegr"), keyed by the data's English name
 * (the ONS names, stable since 1994), or the data's name where the bundle has none.
 */
public final class Regions {
    /** The keys' start; the rest is the data's name in lower case, words joined by hyphens. */
    public static final String KEY_PREFIX = "parliament.region.";

    private Regions() {
    }

    /** {@code region} (the data's name) in the interface's language. */
    public static String name(String region) {
        if (region.isEmpty() || Messages.language() == Language.ENGLISH) {
            return region;
        }
        String key = key(region);
        return Messages.bundle().containsKey(key) ? Messages.get(key) : region;
    }

    /** "Yorkshire and The Humber" → parliament.region.yorkshire-and-the-humber. */
    public static String key(String region) {
        String words = region.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return KEY_PREFIX + words.replaceAll("^-|-$", "");
    }
}
