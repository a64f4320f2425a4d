package org.dearmp.ui.services;

import java.time.LocalDate;
import java.util.List;

/**
 * What the About window says about the bundled data.
 *
 * @param postcodesAsOf e.g. "October 2025"
 * @param attributions  every attribution the data's licences require, one per line
 */
public record DataInfo(LocalDate mpsAsOf, String mpSource, String postcodesAsOf, int postcodeCount,
                       List<String> attributions) {
    public DataInfo {
        attributions = List.copyOf(attributions);
    }
}
