package org.dearmp.archfixture.chain.b;

/** Needs nothing. */
public class Stamp {
}
