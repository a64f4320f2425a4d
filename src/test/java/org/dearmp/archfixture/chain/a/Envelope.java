package org.dearmp.archfixture.chain.a;

import org.dearmp.archfixture.chain.b.Stamp;

/** Needs {@link Stamp}, which needs nothing back: no cycle. */
public class Envelope {
    public Stamp stamp() {
        return new Stamp();
    }
}
