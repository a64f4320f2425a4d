package org.dearmp.parliament;

import java.util.List;
import java.util.Objects;
import org.dearmp.i18n.Messages;

/**
 * The credits every bundled data set requires (its licence's attribution), for the About window
 * and {@code dear-mp about}. The texts live in the messages bundle, {@code parliament.attribution.*}.
 */
public final class Attributions {

    /** One data set and the credit its licence asks for. */
    public record Attribution(String dataSet, String text) {
        public Attribution {
            Objects.requireNonNull(dataSet, "dataSet");
            Objects.requireNonNull(text, "text");
        }
    }

    private static final List<String> KEYS =
            List.of("postcodes", "constituencies", "mps", "northernIreland", "hexMap", "boundaries");

    private Attributions() {
    }

    public static List<Attribution> all() {
        return KEYS.stream().map(key -> new Attribution(
                Messages.get("parliament.attribution." + key + ".data"),
                Messages.get("parliament.attribution." + key + ".text"))).toList();
    }

    /** All credits as plain text, one data set per paragraph. */
    public static String asText() {
        StringBuilder text = new StringBuilder(Messages.get("parliament.attribution.heading"));
        for (Attribution a : all()) {
            text.append(System.lineSeparator()).append(System.lineSeparator())
                    .append(a.dataSet()).append(System.lineSeparator()).append(a.text());
        }
        return text.toString();
    }
}
