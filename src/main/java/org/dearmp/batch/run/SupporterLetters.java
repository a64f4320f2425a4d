package org.dearmp.batch.run;

import org.dearmp.batch.input.Supporter;

import java.time.LocalDate;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;

/** Makes a supporter's letter from the campaign's template: the letter engine, seen from the batch. */
public interface SupporterLetters {

    /** Must be deterministic: a resumed run composes the same letter again for the print file. */
    SupporterLetter make(Supporter supporter, Constituency constituency, Member member, LocalDate date);

    /** The letter engine's similarity of two fingerprint sets from {@link SupporterLetter#ownWordsFingerprints()}. */
    double similarity(long[] a, long[] b);
}
