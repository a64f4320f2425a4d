package org.dearmp.letter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Copy-and-paste detection the way WriteToThem does it: normalise the text (lower case, no punctuation,
 * single spaces), fingerprint every run of {@link #SHINGLE_WORDS} consecutive words (a "shingle") with a
 * hash, and compare two texts by the Dice similarity of their shingle sets, 2·|A∩B| / (|A|+|B|).
 * It also says which passages of one text appear in the other. Used for a letter against its template
 * and, in a batch, for letters against each other.
 */
public final class Fingerprints {

    /** Five words: long enough that shared shingles mean copied text, short enough for brief letters. */
    public static final int SHINGLE_WORDS = 5;

    /** A normalised word and where it sits in the original text. */
    public record Word(String normalised, int start, int end) {
    }

    private final String text;
    private final List<Word> words;
    private final long[] shingleHashes;
    private final long[] distinctHashes;

    private Fingerprints(String text) {
        this.text = text;
        this.words = words(text);
        long[] wordHashes = new long[words.size()];
        for (int w = 0; w < wordHashes.length; w++) {
            wordHashes[w] = hash(words.get(w).normalised());
        }
        int count = Math.max(0, words.size() - SHINGLE_WORDS + 1);
        shingleHashes = new long[count];
        for (int i = 0; i < count; i++) {
            shingleHashes[i] = shingle(wordHashes, i);
        }
        distinctHashes = Arrays.stream(shingleHashes).sorted().distinct().toArray();
    }

    public static Fingerprints of(String text) {
        return new Fingerprints(Objects.requireNonNullElse(text, ""));
    }

    /** Lower case, punctuation removed (so "don't" is "dont"), whitespace collapsed to single spaces. */
    public static String normalise(String text) {
        return String.join(" ", words(text).stream().map(Word::normalised).toList());
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public int wordCount() {
        return words.size();
    }

    /** How many distinct shingles the text has. */
    public int size() {
        return distinctHashes.length;
    }

    /**
     * 2·|A∩B| / (|A|+|B|) over distinct shingles: 1 for identical texts, 0 for texts sharing no run of
     * five words. Two texts too short to have a shingle count as 0.
     */
    public double similarity(Fingerprints other) {
        return similarity(distinctHashes, other.distinctHashes);
    }

    /**
     * The same measure over two sets from {@link #shingles()}: lets a batch keep only the hashes of
     * thousands of letters, not their words, and still score them exactly as a single letter is scored.
     */
    public static double similarity(long[] distinctSortedA, long[] distinctSortedB) {
        int total = distinctSortedA.length + distinctSortedB.length;
        return total == 0 ? 0 : 2.0 * common(distinctSortedA, distinctSortedB) / total;
    }

    /** The distinct shingle hashes, sorted ascending (a copy). */
    public long[] shingles() {
        return distinctHashes.clone();
    }

    /** The passages of this text (merged character ranges) made of shingles that also occur in {@code other}. */
    public List<TextRange> passagesFoundIn(Fingerprints other) {
        boolean[] covered = coveredWords(other);
        List<TextRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < covered.length) {
            if (!covered[i]) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < covered.length && covered[i + 1]) {
                i++;
            }
            ranges.add(new TextRange(words.get(first).start(), words.get(i).end()));
            i++;
        }
        return ranges;
    }

    /** How many of this text's words sit inside a shingle that also occurs in {@code other}. */
    public int wordsFoundIn(Fingerprints other) {
        int count = 0;
        for (boolean c : coveredWords(other)) {
            if (c) {
                count++;
            }
        }
        return count;
    }

    private boolean[] coveredWords(Fingerprints other) {
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < shingleHashes.length; i++) {
            if (Arrays.binarySearch(other.distinctHashes, shingleHashes[i]) >= 0) {
                Arrays.fill(covered, i, i + SHINGLE_WORDS, true);
            }
        }
        return covered;
    }

    private static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                String normalised = lettersAndDigits(text, start, i);
                if (!normalised.isEmpty()) {
                    words.add(trimmed(text, start, i, normalised));
                }
            }
        }
        return words;
    }

    private static String lettersAndDigits(String text, int start, int end) {
        StringBuilder kept = new StringBuilder(end - start);
        boolean marks = false;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                kept.appendCodePoint(Character.toLowerCase(codePoint));
            } else if (!kept.isEmpty() && Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                // A circumflex typed apart from its letter ("dw" + U+0302, as a Mac may paste "dŵr") is kept and
                // composed, so the word is the same word as "dŵr" typed in one character.
                kept.appendCodePoint(codePoint);
                marks = true;
            }
            i += Character.charCount(codePoint);
        }
        return marks ? Normalizer.normalize(kept, Normalizer.Form.NFC) : kept.toString();
    }

    /** The word's range without the punctuation around it, so highlighted passages start and end on letters. */
    private static Word trimmed(String text, int start, int end, String normalised) {
        int s = start;
        int e = end;
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return new Word(normalised, s, e);
    }

    /** FNV-1a over the word, 64 bits: each word is hashed once, not once for each of its five shingles. */
    private static long hash(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int c = 0; c < word.length(); c++) {
            hash ^= word.charAt(c);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The shingle's word hashes combined in order (so "a b" and "b a" differ), then mixed: collisions are negligible for letters. */
    private static long shingle(long[] wordHashes, int first) {
        long hash = 0x9e3779b97f4a7c15L;
        for (int w = first; w < first + SHINGLE_WORDS; w++) {
            hash = (hash ^ wordHashes[w]) * 0xff51afd7ed558ccdL;
            hash ^= hash >>> 29;
        }
        return hash;
    }
}
