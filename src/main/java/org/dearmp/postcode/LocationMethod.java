package org.dearmp.postcode;

/** How the data placed a postcode in its constituency (the {@code method} column of the source). */
public enum LocationMethod {
    /** The postcode's centre lies in the constituency. */
    EXACT,
    /** A postcode newer than the boundaries' source, given the seat of its nearest older neighbour. */
    NEAREST,
    /** No coordinates (mostly bulk-mail postcodes): no constituency. */
    NO_LOCATION
}
