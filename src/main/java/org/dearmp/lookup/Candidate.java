package org.dearmp.lookup;

import java.util.Objects;
import org.dearmp.parliament.Constituency;

/** A constituency a postcode may be in, with how many known postcodes near it are there. */
public record Candidate(Constituency constituency, int count) {
    public Candidate {
        Objects.requireNonNull(constituency, "constituency");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
