package org.dearmp.core;

/**
 * A 64-bit hash of a text (FNV-1a, then a finaliser that spreads its bits), never 0 so 0 can mean "none":
 * for remembering millions of texts as a long each, where a chance match of two is harmless.
 */
public final class TextHash {

    private TextHash() {
    }

    public static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
