package org.dearmp.batch.run;

import java.util.Locale;

/**
 * File name stems unique in one folder, ignoring case as Windows and macOS do: "Ann Lee - Bath",
 * then "Ann Lee - Bath (2)". It remembers a 64-bit hash of each name given, not the name, so a million
 * letters cost 16 MB; a chance match of two hashes only adds a number to a name.
 */
final class UniqueStems {

    private long[] taken = new long[1 << 12];
    private int count;

    /** The number to give {@code base}: 1 for the name as it is, 2 for "base (2)" and so on. */
    int claim(String base) {
        for (int n = 1; ; n++) {
            if (add(org.dearmp.core.TextHash.of(stem(base, n).toLowerCase(Locale.ROOT)))) {
                return n;
            }
        }
    }

    static String stem(String base, int number) {
        return number <= 1 ? base : base + " (" + number + ")";
    }

    private boolean add(long key) {
        if (count * 2 >= taken.length) {
            long[] old = taken;
            taken = new long[old.length * 2];
            count = 0;
            for (long k : old) {
                if (k != 0) {
                    add(k);
                }
            }
        }
        int mask = taken.length - 1;
        for (int slot = (int) (key ^ (key >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (taken[slot] == 0) {
                taken[slot] = key;
                count++;
                return true;
            }
            if (taken[slot] == key) {
                return false;
            }
        }
    }
}
