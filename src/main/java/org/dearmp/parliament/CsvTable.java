package org.dearmp.parliament;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file read whole: a header and rows of cells, for the build's own files (the bundled lists). Read
 * as rows, not as maps, so a validator can name missing columns and the row where something is wrong.
 * A file someone hands the app is read with {@link CsvRows}, a row at a time.
 */
final class CsvTable {

    private final CsvRows source;
    private final List<CsvRows.Row> rows;

    private CsvTable(CsvRows source, List<CsvRows.Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    /** Reads the whole table; a file with no header row gives an empty table. */
    static CsvTable read(Reader reader) throws IOException {
        try (CsvRows source = CsvRows.open(reader, Integer.MAX_VALUE)) {
            List<CsvRows.Row> rows = new ArrayList<>();
            for (CsvRows.Row row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
            return new CsvTable(source, rows);
        }
    }

    List<String> header() {
        return source.header();
    }

    boolean hasColumn(String name) {
        return source.hasColumn(name);
    }

    int rowCount() {
        return rows.size();
    }

    /** The cell of a row by column name, stripped; empty when the row is short or the column absent. */
    String cell(int row, String column) {
        return rows.get(row).cell(column);
    }

    Optional<String> optionalCell(int row, String column) {
        return rows.get(row).optionalCell(column);
    }
}
