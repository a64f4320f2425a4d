package org.dearmp.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dearmp.core.DearMpException;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Messages;

/**
 * The postcodes in one column of a spreadsheet export, read as the batch reads a supporters file
 * (quoted cells with commas and line breaks, the header row, a byte-order mark, Excel's encodings),
 * so {@code lookup --csv} gives one answer a supporter where {@code cut -d,} would split quoted cells.
 */
final class CsvPostcodes {
    private CsvPostcodes() {
    }

    /**
     * Hands each data row's postcode to {@code each}, in file order, blank rows left out.
     *
     * @param column the header of the postcode column, or null to find it from the usual headers
     * @return how many postcodes were read
     */
    static int read(Path file, String column, Consumer<String> each) {
        SupporterFile csv = SupporterFile.open(file);
        int index = columnIndex(csv.headers(), column, file);
        int read = 0;
        try (SupporterFile.RowIterator rows = csv.rows()) {
            while (rows.hasNext()) {
                SupporterFile.RawRow row = rows.next();
                if (row.rowNumber() <= csv.headerRow() || row.isBlank()) {
                    continue;
                }
                each.accept(row.cell(index));
                read++;
            }
        }
        return read;
    }

    private static int columnIndex(List<String> headers, String column, Path file) {
        String header = column != null ? column
                : ColumnMapping.autoDetect(headers).columns().get(SupporterField.POSTCODE);
        int index = header == null ? -1 : headers.indexOf(header);
        if (index < 0) {
            String key = column == null ? "lookup.cli.csv.noPostcodeColumn" : "lookup.cli.csv.noSuchColumn";
            throw new DearMpException(Messages.get(key, file.getFileName(), String.join(", ", headers),
                    column == null ? "" : column));
        }
        return index;
    }
}
