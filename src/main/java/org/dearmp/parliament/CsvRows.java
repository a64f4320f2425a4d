package org.dearmp.parliament;

import org.dearmp.store.CsvCells;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file read a row at a time: the header first, then each row as it comes, so a file of any length
 * costs one row of memory. At most {@code maxRows} rows after the header are read: past that,
 * {@link #next()} throws {@link TooManyRows} rather than read on.
 */
final class CsvRows implements AutoCloseable {

    /** More rows than the reader takes; {@link #limit()} says how many it does. */
    static final class TooManyRows extends IOException {
        private final int limit;

        TooManyRows(int limit) {
            super(null, null);
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    private final CsvCells csv;
    private final int maxRows;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private int read;

    private CsvRows(CsvCells csv, int maxRows) throws IOException {
        this.csv = csv;
        this.maxRows = maxRows;
        String[] first = nextCells();
        List<String> names = first == null ? new ArrayList<>() : new ArrayList<>(List.of(first));
        this.header = List.copyOf(names);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
    }

    /** Reads the header row; a file with none has an empty header. */
    static CsvRows open(Reader reader, int maxRows) throws IOException {
        return new CsvRows(new CsvCells(reader), maxRows);
    }

    List<String> header() {
        return header;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** How many rows after the header have been read so far. */
    int rowsRead() {
        return read;
    }

    /** The next row, or null at the end of the file. */
    Row next() throws IOException {
        String[] cells = nextCells();
        if (cells == null) {
            return null;
        }
        if (++read > maxRows) {
            throw new TooManyRows(maxRows);
        }
        return new Row(cells);
    }

    /** One row's cells, read by column name. */
    final class Row {
        private final String[] cells;

        private Row(String[] cells) {
            this.cells = cells;
        }

        /** The cell by column name, stripped; empty when the row is short or the column absent. */
        String cell(String column) {
            return optionalCell(column).orElse("");
        }

        Optional<String> optionalCell(String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            if (index == null || index >= cells.length || cells[index] == null) {
                return Optional.empty();
            }
            return Optional.of(cells[index].strip());
        }
    }

    private String[] nextCells() throws IOException {
        return csv.next();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
