package org.dearmp.batch.check;

/** What to do with every row that still has a problem, when the organiser does not decide row by row. */
public enum DefaultPolicy {
    /** Skip every problem row; the report lists each with its reason. */
    SKIP,
    /**
     * Where a postcode needs a choice, take the constituency with most postcodes nearby; keep
     * duplicates out; skip the rest.
     */
    BEST_GUESS
}
