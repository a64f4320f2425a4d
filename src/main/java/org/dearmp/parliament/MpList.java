package org.dearmp.parliament;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sits for each seat on one date: constituency code → MP, or empty for a vacant seat.
 *
 * @param source where the list came from, in words for the user
 */
public record MpList(LocalDate asOf, Map<String, Optional<Member>> seats, String source) {

    public MpList {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        seats = Collections.unmodifiableMap(new LinkedHashMap<>(seats));
    }

    public Optional<Member> member(String constituencyCode) {
        return seats.getOrDefault(constituencyCode, Optional.empty());
    }
}
