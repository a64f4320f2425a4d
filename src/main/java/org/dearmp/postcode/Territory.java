package org.dearmp.postcode;

import org.dearmp.i18n.Messages;

/** Crown dependencies and overseas territories recognised from their postcodes; none has a Westminster MP. */
public enum Territory {
    JERSEY(PostcodeKind.CROWN_DEPENDENCY),
    GUERNSEY(PostcodeKind.CROWN_DEPENDENCY),
    ISLE_OF_MAN(PostcodeKind.CROWN_DEPENDENCY),
    ASCENSION_ISLAND(PostcodeKind.OVERSEAS_TERRITORY),
    BRITISH_ANTARCTIC_TERRITORY(PostcodeKind.OVERSEAS_TERRITORY),
    BRITISH_INDIAN_OCEAN_TERRITORY(PostcodeKind.OVERSEAS_TERRITORY),
    FALKLAND_ISLANDS(PostcodeKind.OVERSEAS_TERRITORY),
    GIBRALTAR(PostcodeKind.OVERSEAS_TERRITORY),
    PITCAIRN_ISLANDS(PostcodeKind.OVERSEAS_TERRITORY),
    SOUTH_GEORGIA_AND_SOUTH_SANDWICH_ISLANDS(PostcodeKind.OVERSEAS_TERRITORY),
    ST_HELENA(PostcodeKind.OVERSEAS_TERRITORY),
    TRISTAN_DA_CUNHA(PostcodeKind.OVERSEAS_TERRITORY),
    TURKS_AND_CAICOS_ISLANDS(PostcodeKind.OVERSEAS_TERRITORY),
    CAYMAN_ISLANDS(PostcodeKind.OVERSEAS_TERRITORY),
    BRITISH_VIRGIN_ISLANDS(PostcodeKind.OVERSEAS_TERRITORY),
    MONTSERRAT(PostcodeKind.OVERSEAS_TERRITORY),
    ANGUILLA(PostcodeKind.OVERSEAS_TERRITORY),
    BERMUDA(PostcodeKind.OVERSEAS_TERRITORY);

    private final PostcodeKind kind;

    Territory(PostcodeKind kind) {
        this.kind = kind;
    }

    /** {@link PostcodeKind#CROWN_DEPENDENCY} or {@link PostcodeKind#OVERSEAS_TERRITORY}. */
    public PostcodeKind kind() {
        return kind;
    }

    /**
     * The territory's name for use inside a sentence, e.g. "the Isle of Man", "Jersey" (some names take
     * "the": capitalise the first letter at the start of a sentence).
     */
    public String displayName() {
        return Messages.get("postcode.territory." + name());
    }
}
