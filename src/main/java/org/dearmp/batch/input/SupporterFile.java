package org.dearmp.batch.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.Mappers;
import org.dearmp.store.FileProblems;
import org.dearmp.store.RefusedFileException;
import org.dearmp.store.UserFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A supporters spreadsheet saved as CSV or TSV: its encoding, separator and header row. The rows
 * themselves are streamed by {@link #rows()}, so a file of any length is read in constant memory.
 * Row numbers are those a spreadsheet shows: the header is usually row 1, and a cell with a line
 * break inside it does not add a row.
 */
public final class SupporterFile {

    /**
     * Far above any real list (a million supporters is about 100 MB): rows are streamed, so the limit is
     * not about memory but about a file that is not a list at all, or never ends.
     */
    static final long MAX_FILE_BYTES = 2000L * 1024 * 1024;

    private final Path path;
    private final TextEncoding encoding;
    private final char separator;
    private final List<String> headers;
    private final int headerRow;

    private SupporterFile(Path path, TextEncoding encoding, char separator, List<String> headers, int headerRow) {
        this.path = path;
        this.encoding = encoding;
        this.separator = separator;
        this.headers = List.copyOf(headers);
        this.headerRow = headerRow;
    }

    /** The file as a stream, refused unless an ordinary file, and never read past {@link #MAX_FILE_BYTES}. */
    static InputStream openStream(Path path) throws IOException {
        return UserFiles.open(path, MAX_FILE_BYTES, Messages.get("batch.file.what"));
    }

    /** Opens and inspects a file; a file we cannot use raises a {@link DearMpException} saying why. */
    public static SupporterFile open(Path path) {
        if (Files.isDirectory(path)) {
            throw new DearMpException(Messages.get("batch.file.isAFolder", path));
        }
        if (!Files.exists(path)) {
            throw new DearMpException(Messages.get("batch.file.notFound", path));
        }
        try {
            UserFiles.check(path, MAX_FILE_BYTES, Messages.get("batch.file.what"));
            TextEncoding encoding = TextEncoding.detect(path);
            char separator;
            try (Reader reader = reader(path, encoding)) {
                separator = sniffSeparator(reader);
            }
            try (RowIterator rows = new RowIterator(path, encoding, separator)) {
                while (rows.hasNext()) {
                    RawRow row = rows.next();
                    if (!row.isBlank()) {
                        return new SupporterFile(path, encoding, separator, uniqueHeaders(row.cells()), row.rowNumber());
                    }
                }
            }
            throw new DearMpException(Messages.get("batch.file.empty", path.getFileName()));
        } catch (RefusedFileException e) {
            throw new DearMpException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.file.unreadable", path.getFileName(), FileProblems.why(e)), e);
        } catch (UncheckedIOException e) {
            throw new DearMpException(Messages.get("batch.file.unreadable", path.getFileName(), FileProblems.why(e)), e);
        }
    }

    public Path path() {
        return path;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    public char separator() {
        return separator;
    }

    public List<String> headers() {
        return headers;
    }

    public int headerRow() {
        return headerRow;
    }

    /** A fresh stream of the data rows after the header, blank rows included (they are numbered, then ignored). */
    public RowIterator rows() {
        try {
            RowIterator rows = new RowIterator(path, encoding, separator);
            while (rows.hasNext() && rows.peekRowNumber() <= headerRow) {
                rows.next();
            }
            return rows;
        } catch (IOException e) {
            throw new DearMpException(Messages.get("batch.file.unreadable", path.getFileName(), FileProblems.why(e)), e);
        }
    }

    private static Reader reader(Path path, TextEncoding encoding) throws IOException {
        InputStream in = openStream(path);
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()), 65536);
    }

    /**
     * Counts commas, tabs and semicolons outside quotes in the first line: Excel writes tabs for
     * "Unicode text" and semicolons where the comma is the decimal mark.
     */
    static char sniffSeparator(Reader reader) throws IOException {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean sawText = false;
        for (int read = 0, c; (c = reader.read()) >= 0 && read < 1 << 20; read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (sawText) {
                    break;
                }
            } else if (!quoted) {
                sawText = true;
                if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                } else if (c == ';') {
                    semicolons++;
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> uniqueHeaders(List<String> raw) {
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String header = raw.get(i).strip();
            if (header.isEmpty()) {
                header = Messages.get("batch.file.unnamedColumn", i + 1);
            }
            String unique = header;
            for (int n = 2; !seen.add(unique); n++) {
                unique = header + " (" + n + ")";
            }
            headers.add(unique);
        }
        return headers;
    }

    /** One record of the file as text cells. */
    public record RawRow(int rowNumber, List<String> cells) {
        public RawRow {
            cells = List.copyOf(cells);
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Streams rows; close it when done. A malformed file raises a {@link DearMpException} naming the row. */
    public static final class RowIterator implements Iterator<RawRow>, AutoCloseable {
        private final Path path;
        private final MappingIterator<String[]> delegate;
        private RawRow next;
        private int rowNumber;

        RowIterator(Path path, TextEncoding encoding, char separator) throws IOException {
            this.path = path;
            Reader reader = reader(path, encoding);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutEscapeChar();
            this.delegate = Mappers.csv().readerFor(String[].class).with(schema).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(reader);
        }

        int peekRowNumber() {
            return hasNext() ? next.rowNumber() : Integer.MAX_VALUE;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            try {
                if (!delegate.hasNextValue()) {
                    return false;
                }
                String[] cells = delegate.nextValue();
                rowNumber++;
                List<String> list = new ArrayList<>(cells == null ? 0 : cells.length);
                if (cells != null) {
                    for (String cell : cells) {
                        list.add(cell == null ? "" : cell);
                    }
                }
                next = new RawRow(rowNumber, list);
                return true;
            } catch (JacksonException e) {
                throw new DearMpException(Messages.get("batch.file.malformed", path.getFileName(), rowNumber + 1,
                        e.getOriginalMessage()), e);
            }
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRow row = next;
            next = null;
            return row;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
