package org.dearmp.batch.check;

import java.util.Arrays;

/**
 * What the check knows of every row, a few bytes each in parallel arrays indexed by the row's place
 * among the file's supporters (its ordinal): the row number, the seat its letter goes to, its state and
 * the keys that find the same person twice. Everything else is in the file and is read again when the
 * letter is written, so a million rows need about 30 MB, not gigabytes.
 */
final class RowStates {

    static final byte CHOSEN = 1;
    static final byte KEEP = 2;
    static final byte SKIPPED = 4;
    static final byte BLOCKING = 8;
    static final byte NOTED = 16;

    private int size;
    private int[] rowNumbers = new int[1024];
    private short[] seats = new short[1024];
    private byte[] flags = new byte[1024];
    private int[] duplicateOf = new int[1024];
    private long[] nameKeys = new long[1024];
    private long[] emailKeys = new long[1024];

    int add(int rowNumber, long nameKey, long emailKey) {
        if (size == rowNumbers.length) {
            int capacity = size * 2;
            rowNumbers = Arrays.copyOf(rowNumbers, capacity);
            seats = Arrays.copyOf(seats, capacity);
            flags = Arrays.copyOf(flags, capacity);
            duplicateOf = Arrays.copyOf(duplicateOf, capacity);
            nameKeys = Arrays.copyOf(nameKeys, capacity);
            emailKeys = Arrays.copyOf(emailKeys, capacity);
        }
        rowNumbers[size] = rowNumber;
        seats[size] = -1;
        nameKeys[size] = nameKey;
        emailKeys[size] = emailKey;
        return size++;
    }

    int size() {
        return size;
    }

    int rowNumber(int ordinal) {
        return rowNumbers[ordinal];
    }

    /** The ordinal of a row number, or -1: rows are added in file order, so their numbers only go up. */
    int ordinalOf(int rowNumber) {
        int found = Arrays.binarySearch(rowNumbers, 0, size, rowNumber);
        return found < 0 ? -1 : found;
    }

    int seat(int ordinal) {
        return seats[ordinal];
    }

    boolean has(int ordinal, byte flag) {
        return (flags[ordinal] & flag) != 0;
    }

    int duplicateOf(int ordinal) {
        return duplicateOf[ordinal];
    }

    void setKeys(int ordinal, long nameKey, long emailKey) {
        nameKeys[ordinal] = nameKey;
        emailKeys[ordinal] = emailKey;
    }

    void set(int ordinal, int seat, CheckedRow row) {
        seats[ordinal] = (short) seat;
        duplicateOf[ordinal] = row.duplicateOf();
        byte f = 0;
        f |= row.chosen() ? CHOSEN : 0;
        f |= row.keepDuplicate() ? KEEP : 0;
        f |= row.skipped() ? SKIPPED : 0;
        f |= row.status() == CheckedRow.Status.NEEDS_DECISION ? BLOCKING : 0;
        f |= row.issues().isEmpty() ? 0 : NOTED;
        flags[ordinal] = f;
    }

    CheckedRow.Status status(int ordinal) {
        if (has(ordinal, SKIPPED)) {
            return CheckedRow.Status.SKIPPED;
        }
        return has(ordinal, BLOCKING) ? CheckedRow.Status.NEEDS_DECISION : CheckedRow.Status.READY;
    }

    /**
     * Each row's first earlier row with the same name and postcode, or the same email address (the
     * first row wins), worked out again from the keys alone.
     */
    int[] duplicates() {
        FirstRowByKey first = new FirstRowByKey(size * 2);
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = first.duplicateOf(nameKeys[i], emailKeys[i], rowNumbers[i]);
        }
        return result;
    }

    /** Hash keys to the first row that had them, in open addressing over two primitive arrays. */
    static final class FirstRowByKey {
        private long[] keys;
        private int[] rows;
        private int count;

        FirstRowByKey(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            keys = new long[capacity];
            rows = new int[capacity];
        }

        /** Records the row's keys and returns the earlier row that had one of them first, or 0. */
        int duplicateOf(long nameKey, long emailKey, int row) {
            int earlier = 0;
            for (long key : new long[] {nameKey, emailKey}) {
                if (key != 0) {
                    int first = putIfAbsent(key, row);
                    if (first != 0 && earlier == 0) {
                        earlier = first;
                    }
                }
            }
            return earlier;
        }

        private int putIfAbsent(long key, int row) {
            if (count * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int slot = (int) (key ^ (key >>> 32)) & mask; ; slot = (slot + 1) & mask) {
                if (keys[slot] == 0) {
                    keys[slot] = key;
                    rows[slot] = row;
                    count++;
                    return 0;
                }
                if (keys[slot] == key) {
                    return rows[slot];
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldRows = rows;
            keys = new long[oldKeys.length * 2];
            rows = new int[oldKeys.length * 2];
            count = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    putIfAbsent(oldKeys[i], oldRows[i]);
                }
            }
        }
    }
}
