package org.dearmp.postcode;

import java.util.Map;
import java.util.Optional;

/** Every live GB postcode and its constituency, as bundled with the app. */
public interface PostcodeDirectory {

    /** The entry for a postcode that exists in the data; empty for one that does not (never a neighbour's). */
    Optional<PostcodeEntry> find(Postcode postcode);

    /**
     * How many postcodes of a sector (e.g. "SW1A 1") lie in each constituency, by GSS code, most first.
     * Empty when the sector is unknown.
     */
    Map<String, Integer> sectorCounts(String sector);

    /**
     * How many postcodes of a district (the outward code, e.g. "SW1A") lie in each constituency, most
     * first: the wider net for a postcode whose sector is not in the data. Empty when unknown.
     */
    default Map<String, Integer> districtCounts(String outward) {
        return Map.of();
    }

    /** How many postcodes the directory holds. */
    int size();
}
