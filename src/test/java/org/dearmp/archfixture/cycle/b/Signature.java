package org.dearmp.archfixture.cycle.b;

import org.dearmp.archfixture.cycle.a.Letterhead;

/** Needs {@link Letterhead}, closing the cycle. */
public class Signature {
    public Letterhead letterhead() {
        return new Letterhead();
    }
}
