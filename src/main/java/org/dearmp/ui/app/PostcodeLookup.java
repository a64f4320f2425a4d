package org.dearmp.ui.app;

import org.dearmp.lookup.LookupResult;

/** Turns what the user typed into a lookup outcome. Fast enough to call on every keystroke. */
@FunctionalInterface
public interface PostcodeLookup {
    LookupResult lookup(String input);
}
