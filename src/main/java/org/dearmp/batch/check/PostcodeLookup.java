package org.dearmp.batch.check;

import org.dearmp.lookup.LookupResult;

/** What the batch needs of the postcode lookup: one typed postcode in, one outcome out. */
@FunctionalInterface
public interface PostcodeLookup {
    LookupResult lookup(String typed);
}
