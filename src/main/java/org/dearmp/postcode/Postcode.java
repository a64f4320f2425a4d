package org.dearmp.postcode;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A syntactically valid postcode in canonical form: upper case, one space ("SW1A 0AA").
 * Build one with {@link PostcodeParser} (or {@link #of(String)} for a string already canonical);
 * this record only checks the shape.
 *
 * <p>Besides the UK shape (outward "SW1A", inward "0AA") it holds the other forms the parser
 * recognises: {@code GIR 0AA}, {@code BFPO 123}, the UK-style overseas codes such as
 * {@code FIQQ 1ZZ}, and a few overseas territories with their own systems (Cayman {@code KY1-1234},
 * British Virgin Islands {@code VG1110}, Montserrat {@code MSR 1110}, Anguilla {@code AI-2640},
 * Bermuda {@code HM 12}), whose canonical text keeps their own separator.
 */
public record Postcode(String outward, String inward) implements Comparable<Postcode> {

    private static final Pattern UK = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");
    private static final Pattern OTHER = Pattern.compile(
            "GIR 0AA|BFPO [0-9]{1,4}|[A-Z]{4} 1ZZ|KY[1-3] [0-9]{4}|VG 11[0-9]{2}|MSR [0-9]{4}|AI 2640|[A-Z]{2} [0-9]{2}");

    public Postcode {
        Objects.requireNonNull(outward, "outward");
        Objects.requireNonNull(inward, "inward");
        String joined = outward + " " + inward;
        if (!UK.matcher(joined).matches() && !OTHER.matcher(joined).matches()) {
            throw new IllegalArgumentException("Not a canonical postcode: " + joined);
        }
    }

    /**
     * A postcode from text already in canonical form ("SW1A 0AA", or any {@link #toString()} of this
     * record), e.g. read from the bundled data or a saved file.
     * For anything a person typed, use {@link PostcodeParser#parse(String)}.
     */
    public static Postcode of(String canonical) {
        int separator = canonical.lastIndexOf(' ');
        if (separator < 0) {
            separator = canonical.lastIndexOf('-'); // Cayman "KY1-1100", Anguilla "AI-2640"
        }
        if (separator >= 0) {
            return new Postcode(canonical.substring(0, separator), canonical.substring(separator + 1));
        }
        if (canonical.startsWith("VG")) { // British Virgin Islands "VG1110"
            return new Postcode("VG", canonical.substring(2));
        }
        throw new IllegalArgumentException("Not a canonical postcode: " + canonical);
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

    /** True for the usual UK shape, outward then digit and two unit letters ("SW1A 0AA"). */
    public boolean isUkShape() {
        return UK.matcher(outward + " " + inward).matches();
    }

    @Override
    public String toString() {
        if (outward.startsWith("KY") && inward.length() == 4 || outward.equals("AI")) {
            return outward + "-" + inward;
        }
        if (outward.equals("VG")) {
            return outward + inward;
        }
        return outward + " " + inward;
    }

    @Override
    public int compareTo(Postcode other) {
        return toString().compareTo(other.toString());
    }
}
