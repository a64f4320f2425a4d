package org.dearmp.batch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * Finds supporters whose own words (points and message) are near copies of another supporter's,
 * so organisers can ask for more personal lines: MPs' offices discount identical letters, and
 * WriteToThem holds back pairs more than half alike. The similarity is the letter engine's
 * fingerprint similarity; this class only finds which pairs to score, without comparing every
 * pair: an inverted index from fingerprint to letters yields, for each new letter, the earlier
 * letters sharing fingerprints with it, with the shared count.
 *
 * <p>Memory: the fingerprints of every letter (a few hundred bytes each) plus the index. Letters
 * whose words are exactly the same are grouped first and not indexed twice, so 10,000 copies of
 * one message cost no more than one.
 */
public final class NearCopyFinder {

    /** WriteToThem's threshold: more than half alike. */
    public static final double THRESHOLD = 0.5;
    /**
     * A fingerprint shared by more earlier letters than this is a stock phrase ("I am writing to
     * you as my MP"): only its newest this-many letters are followed, which bounds the work per letter.
     * Letters made of stock phrases are near copies of many recent ones, so they are still flagged;
     * at 2,000 following stock phrases was a fifth of a large batch's time.
     */
    static final int COMMON_PHRASE_LIMIT = 256;

    /** Supporter {@code row}'s words are {@code similarity} alike with those of {@code copyOfRow}. */
    public record NearCopy(int row, int copyOfRow, double similarity) {
    }

    private final ToDoubleBiFunction<long[], long[]> similarity;
    private final List<long[]> fingerprints = new ArrayList<>();
    private final IntList rows = new IntList();
    private final Map<Key, Integer> identical = new HashMap<>();
    private final Postings postings = new Postings();
    private int[] counts = new int[1024];
    private final IntList touched = new IntList();

    /** @param similarity the letter engine's similarity of two sorted, distinct fingerprint sets */
    public NearCopyFinder(ToDoubleBiFunction<long[], long[]> similarity) {
        this.similarity = Objects.requireNonNull(similarity, "similarity");
    }

    /**
     * Adds one supporter's fingerprints (sorted, distinct) and returns the earlier supporter they
     * most nearly copy, if more than {@link #THRESHOLD} alike. Not thread-safe: add in one order.
     */
    public java.util.Optional<NearCopy> add(int row, long[] distinctSortedFingerprints) {
        long[] mine = distinctSortedFingerprints;
        if (mine.length == 0) {
            return java.util.Optional.empty();
        }
        Key key = new Key(mine);
        Integer twin = identical.get(key);
        if (twin != null) {
            return java.util.Optional.of(new NearCopy(row, rows.get(twin), similarity.applyAsDouble(mine, fingerprints.get(twin))));
        }
        int me = fingerprints.size();
        NearCopy best = null;
        if (counts.length < me + 1) {
            counts = Arrays.copyOf(counts, Math.max(me + 1, counts.length * 2));
        }
        boolean allFollowed = true;
        for (long fingerprint : mine) {
            allFollowed &= postings.countNewest(fingerprint, COMMON_PHRASE_LIMIT, this);
        }
        for (int t = 0; t < touched.size(); t++) {
            int other = touched.get(t);
            long[] theirs = fingerprints.get(other);
            // The shared count bounds the similarity from above; only plausible pairs are scored. When every
            // fingerprint's letters were followed, the count is the whole intersection and the bound is the score.
            double bound = 2.0 * counts[other] / (mine.length + theirs.length);
            counts[other] = 0;
            if (bound > THRESHOLD && (best == null || bound > best.similarity())) {
                double score = allFollowed ? bound : similarity.applyAsDouble(mine, theirs);
                if (score > THRESHOLD && (best == null || score > best.similarity())) {
                    best = new NearCopy(row, rows.get(other), score);
                }
            }
        }
        touched.clear();
        fingerprints.add(mine);
        rows.add(row);
        identical.put(key, me);
        for (long fingerprint : mine) {
            postings.add(fingerprint, me);
        }
        return java.util.Optional.ofNullable(best);
    }

    /** A fingerprint set as a hash key, compared by content; the hash is worked out once. */
    private static final class Key {
        private final long[] values;
        private final int hash;

        Key(long[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A growable list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }

    /** Counts one earlier letter sharing a fingerprint with the letter being added. */
    private void count(int other) {
        if (counts[other]++ == 0) {
            touched.add(other);
        }
    }

    /**
     * fingerprint → letters, in an open-addressing table. A fingerprint seen once keeps its letter
     * in the table itself (most fingerprints are a supporter's own words, seen once); one seen more
     * often gets its own array of letters, oldest first, so following a stock phrase's letters
     * reads memory in order instead of hopping through a linked list (the batch's hot loop).
     */
    private static final class Postings {
        private long[] keys = new long[1 << 12];
        /** Letters per slot; 0 marks a free slot. */
        private int[] lengths = new int[1 << 12];
        /** The only letter, while the slot has one. */
        private int[] single = new int[1 << 12];
        /** The letters, oldest first, once the slot has two or more. */
        private int[][] lists = new int[1 << 12][];
        /** The slot's oldest letters were dropped. */
        private boolean[] trimmed = new boolean[1 << 12];
        private int keyCount;

        /**
         * Counts the newest {@code limit} letters with {@code key}, newest first; false when it had more
         * letters than that (kept or dropped), so some were not counted.
         */
        boolean countNewest(long key, int limit, NearCopyFinder finder) {
            int slot = find(key);
            int length = lengths[slot];
            if (length == 1) {
                finder.count(single[slot]);
            } else if (length > 1) {
                int[] list = lists[slot];
                int stop = Math.max(0, length - limit);
                for (int i = length - 1; i >= stop; i--) {
                    finder.count(list[i]);
                }
                return stop == 0 && !trimmed[slot];
            }
            return true;
        }

        void add(long key, int letter) {
            int slot = find(key);
            int length = lengths[slot];
            if (length == 0) {
                keys[slot] = key;
                single[slot] = letter;
                lengths[slot] = 1;
                keyCount++;
                if (keyCount * 2 > keys.length) {
                    grow();
                }
                return;
            }
            int[] list = lists[slot];
            if (list == null) {
                list = new int[4];
                list[0] = single[slot];
                lists[slot] = list;
            } else if (length == 2 * COMMON_PHRASE_LIMIT) {
                // Only the newest COMMON_PHRASE_LIMIT letters of a stock phrase are ever followed, so the
                // older ones are dropped: a phrase in every letter of a million-row batch costs no more.
                System.arraycopy(list, length - COMMON_PHRASE_LIMIT, list, 0, COMMON_PHRASE_LIMIT);
                length = COMMON_PHRASE_LIMIT;
                trimmed[slot] = true;
            } else if (length == list.length) {
                list = Arrays.copyOf(list, Math.min(length * 2, 2 * COMMON_PHRASE_LIMIT));
                lists[slot] = list;
            }
            list[length] = letter;
            lengths[slot] = length + 1;
        }

        private int find(long key) {
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (lengths[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldLengths = lengths;
            int[] oldSingle = single;
            int[][] oldLists = lists;
            boolean[] oldTrimmed = trimmed;
            int capacity = oldKeys.length * 2;
            keys = new long[capacity];
            lengths = new int[capacity];
            single = new int[capacity];
            lists = new int[capacity][];
            trimmed = new boolean[capacity];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldLengths[i] != 0) {
                    int slot = find(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    lengths[slot] = oldLengths[i];
                    single[slot] = oldSingle[i];
                    lists[slot] = oldLists[i];
                    trimmed[slot] = oldTrimmed[i];
                }
            }
        }

        private static long mix(long key) {
            key ^= key >>> 33;
            key *= 0xff51afd7ed558ccdL;
            key ^= key >>> 33;
            return key;
        }
    }
}
