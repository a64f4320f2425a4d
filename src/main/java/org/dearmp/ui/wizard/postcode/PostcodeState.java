package org.dearmp.ui.wizard.postcode;

/** What the postcode step is showing. */
public enum PostcodeState {
    /** Nothing typed yet. */
    EMPTY,
    /** Part of a postcode: a gentle hint, not an error. */
    TYPING,
    INVALID,
    FOUND,
    CHOOSE,
    NO_LOCATION,
    NOT_REPRESENTED
}
