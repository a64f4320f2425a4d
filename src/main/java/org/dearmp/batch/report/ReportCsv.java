package org.dearmp.batch.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The run's report as CSV for a spreadsheet: one line per supporter row, in row order. UTF-8 with
 * a byte-order mark so Excel shows Welsh and Polish names right, CRLF line ends, and every cell
 * passed through {@link SpreadsheetSafe} so a name like {@code =HYPERLINK(...)} stays text. The last three
 * columns (the MP's reply: outcome, date, note) start empty; {@link BatchReport#record} fills them
 * in, and a run that writes the report again keeps what was recorded.
 */
public final class ReportCsv {


    private ReportCsv() {
    }

    /** Hands every row of the report to a sink, in row order, without holding them all. */
    @FunctionalInterface
    public interface RowSource {
        void forEach(Consumer<ReportRow> sink);
    }

    public static void write(Path file, Collection<ReportRow> rows) throws IOException {
        write(file, rows::forEach);
    }

    /** Writes rows as the source makes them: a report of a million rows holds one at a time. */
    public static void write(Path file, RowSource rows) throws IOException {
        write(file, rows, Map.of());
    }

    /**
     * As {@link #write(Path, RowSource)}, with the replies an earlier report of this batch recorded put back in
     * their rows (a row whose supporter email is no longer the same gets none), so writing the report again never
     * empties its Outcome, Reply date and Reply note columns.
     */
    public static void write(Path file, RowSource rows, Map<Integer, BatchReport.Recorded> replies) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (SequenceWriter csv = Mappers.csv().writerFor(String[].class).with(schema).writeValues(writer)) {
                csv.write(header());
                rows.forEach(row -> csv.write(cells(row, replies.get(row.row()))));
            }
            // Closing the sequence writer flushed and closed the writer.
        });
    }

    static String[] header() {
        return new String[] {
            Messages.get("batch.report.row"), Messages.get("batch.report.supporter"), Messages.get("batch.report.postcode"),
            Messages.get("batch.report.constituency"), Messages.get("batch.report.mp"), Messages.get("batch.report.email"),
            Messages.get("batch.report.files"), Messages.get("batch.report.status"), Messages.get("batch.report.originality"),
            Messages.get("batch.report.notes"), Messages.get("batch.report.supporterEmail"),
            Messages.get("batch.report.replyOutcome"), Messages.get("batch.report.replyDate"),
            Messages.get("batch.report.replyNote")};
    }

    static String[] cells(ReportRow row) {
        return cells(row, null);
    }

    static String[] cells(ReportRow row, BatchReport.Recorded reply) {
        boolean keep = reply != null && row.outcome() != ReportRow.Outcome.SKIPPED
                && reply.sameSupporter(row.supporterEmail());
        String originality = row.originality() < 0 ? "" : Math.round(row.originality() * 100) + "%";
        String notes = row.reason();
        if (row.nearCopyOf() > 0) {
            String copy = Messages.get("batch.report.nearCopy", row.nearCopyOf(), Math.round(row.nearCopySimilarity() * 100));
            notes = notes.isEmpty() ? copy : notes + " " + copy;
        }
        String[] cells = {
            Integer.toString(row.row()), row.supporter(), row.postcode(), row.constituency(), row.mp(), row.mpEmail(),
            row.files(), Messages.get("batch.outcome." + row.outcome().name()), originality, notes,
            row.supporterEmail(), keep ? reply.outcome() : "", keep ? reply.date() : "", keep ? reply.note() : ""};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SpreadsheetSafe.cell(cells[i]);
        }
        return cells;
    }
}
