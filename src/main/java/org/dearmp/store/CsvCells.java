package org.dearmp.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A CSV file read a row of cells at a time (a byte-order mark on the first cell dropped), so a file of a million
 * rows costs one row of memory: the batch report, a replies file, an imported MP list. Closes what it reads.
 */
public final class CsvCells implements AutoCloseable {
    private final JsonParser parser;
    private boolean first = true;

    /** A UTF-8 file. */
    public CsvCells(InputStream in) throws IOException {
        this(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public CsvCells(Reader reader) throws IOException {
        try {
            this.parser = Mappers.csvTables().createParser(ObjectReadContext.empty(), reader);
        } catch (JacksonException e) {
            reader.close();
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    /** The next row's cells, or null at the end. */
    public String[] next() throws IOException {
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
            // Jackson wraps the reader's own failures (a byte that is not UTF-8): those are said as they are.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }
}
