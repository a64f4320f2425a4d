package org.dearmp.parliament;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dearmp.store.Mappers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A CSV file read whole as text: a header and rows of cells. Read as plain arrays, not as maps,
 * so a validator can name missing columns and the row where something is wrong.
 */
final class CsvTable {

    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private CsvTable(List<String> header, List<String[]> rows) {
        this.header = List.copyOf(header);
        this.rows = rows;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
    }

    /** Reads the whole table; a file with no header row gives an empty table. */
    static CsvTable read(Reader reader) throws IOException {
        List<String[]> all = new ArrayList<>();
        try (JsonParser parser = Mappers.csvTables().createParser(ObjectReadContext.empty(), reader)) {
            List<String> row = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    row.clear();
                } else if (token == JsonToken.END_ARRAY) {
                    all.add(row.toArray(String[]::new));
                } else if (token.isScalarValue()) {
                    row.add(parser.getString());
                }
            }
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
        if (all.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        List<String> header = new ArrayList<>(Arrays.asList(all.get(0)));
        if (!header.isEmpty()) {
            header.set(0, stripByteOrderMark(header.get(0)));
        }
        return new CsvTable(header, all.subList(1, all.size()));
    }

    private static String stripByteOrderMark(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    List<String> header() {
        return header;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name.toLowerCase(Locale.ROOT));
    }

    int rowCount() {
        return rows.size();
    }

    /** The cell of a row by column name, stripped; empty when the row is short or the column absent. */
    String cell(int row, String column) {
        return optionalCell(row, column).orElse("");
    }

    Optional<String> optionalCell(int row, String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        String[] cells = rows.get(row);
        if (index == null || index >= cells.length || cells[index] == null) {
            return Optional.empty();
        }
        return Optional.of(cells[index].strip());
    }
}
