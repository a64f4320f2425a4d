package org.dearmp.postcode;

import java.util.Objects;

/**
 * A syntactically valid UK postcode in canonical form: upper case, one space ("SW1A 0AA").
 * Build one with {@link PostcodeParser}; this record only checks the shape.
 */
public record Postcode(String outward, String inward) implements Comparable<Postcode> {

    public Postcode {
        Objects.requireNonNull(outward, "outward");
        Objects.requireNonNull(inward, "inward");
        if (!outward.matches("[A-Z]{1,2}[0-9][A-Z0-9]?|GIR|BFPO") || !inward.matches("[0-9][A-Z]{2}|[0-9]{1,4}")) {
            throw new IllegalArgumentException("Not a canonical postcode: " + outward + " " + inward);
        }
    }

    /** The area letters, e.g. "SW" for SW1A 0AA. */
    public String area() {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }

    /** The sector, e.g. "SW1A 0" for SW1A 0AA. */
    public String sector() {
        return outward + " " + inward.charAt(0);
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }

    @Override
    public int compareTo(Postcode other) {
        return toString().compareTo(other.toString());
    }
}
