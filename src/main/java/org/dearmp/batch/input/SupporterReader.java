package org.dearmp.batch.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.dearmp.core.DearMpException;

/** Streams the supporters of a file through a column mapping, skipping blank rows. */
public final class SupporterReader implements Iterator<Supporter>, AutoCloseable {

    private final SupporterFile.RowIterator rows;
    private final Map<SupporterField, Integer> index = new EnumMap<>(SupporterField.class);
    private final int[] pointIndexes;
    private Supporter next;

    public SupporterReader(SupporterFile file, ColumnMapping mapping) {
        List<String> problems = mapping.problems(file.headers());
        if (!problems.isEmpty()) {
            throw new DearMpException(String.join(" ", problems));
        }
        mapping.columns().forEach((field, header) -> index.put(field, file.headers().indexOf(header)));
        pointIndexes = mapping.pointColumns().stream().mapToInt(h -> file.headers().indexOf(h)).toArray();
        rows = file.rows();
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            SupporterFile.RawRow row = rows.next();
            if (!row.isBlank()) {
                next = toSupporter(row);
            }
        }
        return next != null;
    }

    @Override
    public Supporter next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Supporter supporter = next;
        next = null;
        return supporter;
    }

    private Supporter toSupporter(SupporterFile.RawRow row) {
        List<String> points = new ArrayList<>(pointIndexes.length);
        for (int i : pointIndexes) {
            points.add(row.cell(i));
        }
        return new Supporter(row.rowNumber(), cell(row, SupporterField.FIRST_NAME), cell(row, SupporterField.LAST_NAME),
                cell(row, SupporterField.FULL_NAME),
                List.of(cell(row, SupporterField.ADDRESS_1), cell(row, SupporterField.ADDRESS_2), cell(row, SupporterField.ADDRESS_3)),
                cell(row, SupporterField.TOWN), cell(row, SupporterField.POSTCODE), cell(row, SupporterField.EMAIL),
                cell(row, SupporterField.MESSAGE), points, cell(row, SupporterField.LANGUAGE));
    }

    private String cell(SupporterFile.RawRow row, SupporterField field) {
        Integer i = index.get(field);
        return i == null ? "" : row.cell(i);
    }

    @Override
    public void close() {
        rows.close();
    }
}
