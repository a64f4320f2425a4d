package org.dearmp.postcode;

import java.util.Objects;

/**
 * What the bundled index knows of one postcode.
 *
 * @param constituencyCode GSS code, or null when {@code method} is {@link LocationMethod#NO_LOCATION}
 */
public record PostcodeEntry(String constituencyCode, LocationMethod method) {
    public PostcodeEntry {
        Objects.requireNonNull(method, "method");
        if ((constituencyCode == null) != (method == LocationMethod.NO_LOCATION)) {
            throw new IllegalArgumentException("A constituency is required unless the postcode has no location");
        }
    }
}
