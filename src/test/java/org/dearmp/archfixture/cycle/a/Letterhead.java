package org.dearmp.archfixture.cycle.a;

import org.dearmp.archfixture.cycle.b.Signature;

/** Needs {@link Signature}, whose package needs this one back: a cycle between two sibling packages. */
public class Letterhead {
    public Signature signature() {
        return new Signature();
    }
}
