package org.dearmp.ui.services;

import java.util.Objects;
import org.dearmp.parliament.Parliament;

/** The domain the wizard works with, loaded once at start. */
public record Services(PostcodeLookup lookup, Parliament parliament, LetterService letters,
                       LetterExporter exporter, DataInfo dataInfo) {
    public Services {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(parliament, "parliament");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(dataInfo, "dataInfo");
    }
}
