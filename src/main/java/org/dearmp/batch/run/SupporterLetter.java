package org.dearmp.batch.run;

import java.util.Objects;
import org.dearmp.letter.Letter;

/**
 * One supporter's finished letter, with how much of it is their own words (0..1) and the
 * fingerprints of those words (sorted, distinct) for finding near copies between supporters.
 */
public record SupporterLetter(Letter letter, double originality, long[] ownWordsFingerprints) {
    public SupporterLetter {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(ownWordsFingerprints, "ownWordsFingerprints");
        if (originality < 0 || originality > 1) {
            throw new IllegalArgumentException("originality must be 0..1");
        }
    }
}
