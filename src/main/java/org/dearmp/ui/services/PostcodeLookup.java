package org.dearmp.ui.services;

import java.util.List;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;

/** Turns what the user typed into a lookup outcome. Fast enough to call on every keystroke. */
@FunctionalInterface
public interface PostcodeLookup {
    LookupResult lookup(String input);

    /** Every seat to offer for a choice: the candidates, and where the data is rough, the rest of the region. */
    default List<Candidate> choices(LookupResult.Choose choose) {
        return choose.candidates();
    }
}
