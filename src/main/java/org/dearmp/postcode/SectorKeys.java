package org.dearmp.postcode;

/**
 * Packs a postcode sector ("SW1A 0") into an int and a unit ("AA".."ZZ") into 0..399: the shared
 * vocabulary of the index writer and reader.
 */
final class SectorKeys {

    /** The 20 letters used in the last two places of a UK postcode. */
    static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    static final int UNITS_PER_SECTOR = UNIT_LETTERS.length() * UNIT_LETTERS.length();

    private SectorKeys() {
    }

    /** A key for the sector of {@code outward} and the inward digit, or -1 when it cannot be in the index. */
    static int key(String outward, char sectorDigit) {
        if (outward.length() < 2 || outward.length() > 4 || sectorDigit < '0' || sectorDigit > '9') {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < 4; i++) {
            int code = 0;
            if (i < outward.length()) {
                char c = outward.charAt(i);
                if (c >= '0' && c <= '9') {
                    code = 1 + c - '0';
                } else if (c >= 'A' && c <= 'Z') {
                    code = 11 + c - 'A';
                } else {
                    return -1;
                }
            }
            key = (key << 6) | code;
        }
        return (key << 4) | (sectorDigit - '0');
    }

    /** The key of a sector written "SW1A 0" (any case, any spacing), or -1 when it is not one. */
    static int key(String sector) {
        String compact = sector.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        if (compact.length() < 3) {
            return -1;
        }
        return key(compact.substring(0, compact.length() - 1), compact.charAt(compact.length() - 1));
    }

    /** The sector text ("SW1A 0") of a key. */
    static String sector(int key) {
        StringBuilder sb = new StringBuilder(6);
        int outward = key >>> 4;
        for (int shift = 18; shift >= 0; shift -= 6) {
            int code = (outward >>> shift) & 63;
            if (code == 0) {
                continue;
            }
            sb.append(code <= 10 ? (char) ('0' + code - 1) : (char) ('A' + code - 11));
        }
        return sb.append(' ').append((char) ('0' + (key & 15))).toString();
    }

    /** 0..399 for a valid unit such as "AA", or -1. */
    static int unit(String unit) {
        return unit.length() != 2 ? -1 : unit(unit.charAt(0), unit.charAt(1));
    }

    static int unit(char first, char second) {
        int a = letterIndex(first);
        int b = letterIndex(second);
        return a < 0 || b < 0 ? -1 : a * UNIT_LETTERS.length() + b;
    }

    /** Position of {@code c} in {@link #UNIT_LETTERS}, or -1. */
    private static int letterIndex(char c) {
        return c >= 'A' && c <= 'Z' ? LETTER_INDEX[c - 'A'] : -1;
    }

    private static final int[] LETTER_INDEX = new int[26];

    static {
        for (int i = 0; i < 26; i++) {
            LETTER_INDEX[i] = UNIT_LETTERS.indexOf('A' + i);
        }
    }

    static String unitText(int unit) {
        int n = UNIT_LETTERS.length();
        return "" + UNIT_LETTERS.charAt(unit / n) + UNIT_LETTERS.charAt(unit % n);
    }
}
