package org.dearmp.batch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.store.Mappers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A UTF-8 CSV file read a row of cells at a time (a byte-order mark dropped), so a report of a million rows
 * costs one row of memory. The stream given is closed with it.
 */
final class CsvCells implements AutoCloseable {
    private final JsonParser parser;
    private boolean first = true;

    CsvCells(InputStream in) throws IOException {
        try {
            this.parser = Mappers.csvTables().createParser(ObjectReadContext.empty(),
                    new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            in.close();
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    /** The next row's cells, or null at the end. */
    String[] next() throws IOException {
        try {
            List<String> row = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY) {
                    String[] cells = row == null ? new String[0] : row.toArray(String[]::new);
                    if (first && cells.length > 0 && cells[0] != null && cells[0].startsWith("\uFEFF")) {
                        cells[0] = cells[0].substring(1);
                    }
                    first = false;
                    return cells;
                } else if (token.isScalarValue() && row != null) {
                    row.add(parser.getString());
                }
            }
            return null;
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
