package org.dearmp.batch.report;

import org.dearmp.store.CsvCells;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dearmp.core.DearMpException;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import org.dearmp.store.UserFiles;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A finished batch's report.csv read back: each row's supporter email, seat, MP, whether it got a letter and
 * the MP's reply recorded so far; and rewritten, whole and atomically, with new replies. Columns are found by
 * their headings, so a report from before the reply columns existed gains them when first rewritten.
 */
public final class BatchReport {
    /** A million supporters' report is about 300 MB; far past that is not a report the app wrote. */
    static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

    /** One supporter's row. {@code outcome} is empty until a reply is recorded. */
    public record Line(int row, String supporterEmail, String constituency, String mp, boolean hasLetter,
                       Optional<Outcome> outcome) {
    }

    /** A reply to record in a row: the outcome, and the date and note when given. */
    public record Reply(Outcome outcome, Optional<LocalDate> date, String note) {
    }

    /**
     * The reply cells a row holds, as written (outcome code, date, note), with the row's supporter email: what a
     * batch run that rewrites the report carries over, so a re-run into the folder loses no recorded reply.
     */
    public record Recorded(String supporterEmail, String outcome, String date, String note) {
        /** Still this supporter's row: the same email (or none on both), as the replies' own import matches them. */
        public boolean sameSupporter(String email) {
            return supporterEmail.equalsIgnoreCase(email == null ? "" : email.strip());
        }
    }

    private final Path file;
    private final List<Line> lines;

    private BatchReport(Path file, List<Line> lines) {
        this.file = file;
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** Reads {@code file}; a file that is not a report the app wrote is refused with a message saying so. */
    public static BatchReport read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        // A few hundred seats and MPs: one copy of each name, not one a row, so a million rows stay small.
        Map<String, String> names = new java.util.HashMap<>();
        try (CsvCells csv = new CsvCells(UserFiles.open(file, MAX_BYTES, Messages.get("batch.replies.whatReport")))) {
            Columns columns = Columns.of(csv.next());
            if (columns.row < 0 || columns.constituency < 0 || columns.mp < 0 || columns.files < 0) {
                throw new DearMpException(Messages.get("batch.replies.notAReport", file));
            }
            for (String[] cells = csv.next(); cells != null; cells = csv.next()) {
                int row;
                try {
                    row = Integer.parseInt(cell(cells, columns.row));
                } catch (NumberFormatException e) {
                    continue; // a blank line a spreadsheet left: no supporter
                }
                String seat = cell(cells, columns.constituency);
                String mp = cell(cells, columns.mp);
                lines.add(new Line(row, cell(cells, columns.supporterEmail), names.computeIfAbsent(seat, k -> k),
                        names.computeIfAbsent(mp, k -> k), !cell(cells, columns.files).isEmpty(),
                        Outcome.parse(cell(cells, columns.outcome))));
            }
        }
        return new BatchReport(file, lines);
    }

    /**
     * The replies recorded in {@code file} by row (rows with an empty outcome are left out), for a run that is about
     * to write the report again. No file, or one that is no report the app wrote, has none.
     */
    public static Map<Integer, Recorded> recordedReplies(Path file) throws IOException {
        Map<Integer, Recorded> recorded = new java.util.HashMap<>();
        if (!java.nio.file.Files.isRegularFile(file)) {
            return recorded;
        }
        try (CsvCells csv = new CsvCells(UserFiles.open(file, MAX_BYTES, Messages.get("batch.replies.whatReport")))) {
            Columns columns = Columns.of(csv.next());
            if (columns.row < 0 || columns.outcome < 0) {
                return recorded;
            }
            for (String[] cells = csv.next(); cells != null; cells = csv.next()) {
                String outcome = cell(cells, columns.outcome);
                if (outcome.isEmpty()) {
                    continue;
                }
                try {
                    int row = Integer.parseInt(cell(cells, columns.row));
                    String note = columns.outcome + 2 < cells.length && cells[columns.outcome + 2] != null
                            ? cells[columns.outcome + 2] : "";
                    recorded.put(row, new Recorded(cell(cells, columns.supporterEmail), outcome,
                            cell(cells, columns.outcome + 1), note));
                } catch (NumberFormatException e) {
                    // a line without a row number is no supporter's: nothing to carry over
                }
            }
        }
        return recorded;
    }

    /**
     * Writes the report again with {@code replies} (by row) in its reply columns; other rows and every other
     * cell are kept as they were. Reads the file once more, a row at a time.
     */
    public void record(Map<Integer, Reply> replies) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (CsvCells csv = new CsvCells(UserFiles.open(file, MAX_BYTES, Messages.get("batch.replies.whatReport")))) {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                try (SequenceWriter sink = Mappers.csv().writerFor(String[].class).with(schema).writeValues(writer)) {
                    String[] header = csv.next();
                    Columns columns = Columns.of(header);
                    String[] widened = columns.widen(header);
                    sink.write(widened);
                    for (String[] cells = csv.next(); cells != null; cells = csv.next()) {
                        String[] line = Arrays.copyOf(cells, Math.max(cells.length, widened.length));
                        Arrays.setAll(line, i -> line[i] == null ? "" : line[i]);
                        Reply reply = replyFor(replies, cell(cells, columns.row));
                        if (reply != null) {
                            line[columns.width(header) - 3] = reply.outcome().code();
                            line[columns.width(header) - 2] = reply.date().map(LocalDate::toString).orElse("");
                            line[columns.width(header) - 1] = SpreadsheetSafe.cell(reply.note());
                        }
                        sink.write(line);
                    }
                }
                // Closed before the new file takes the old one's place: Windows renames no file that is open.
                csv.close();
            });
        }
    }

    private static Reply replyFor(Map<Integer, Reply> replies, String row) {
        try {
            return replies.get(Integer.parseInt(row));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length || cells[index] == null ? "" : cells[index].strip();
    }

    /** Where each column the replies need is, by its heading; -1 when absent. */
    private record Columns(int row, int supporterEmail, int constituency, int mp, int files, int outcome) {
        static Columns of(String[] header) {
            List<String> names = header == null ? List.of()
                    : Arrays.stream(header).map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
            return new Columns(index(names, "batch.report.row"), index(names, "batch.report.supporterEmail"),
                    index(names, "batch.report.constituency"), index(names, "batch.report.mp"),
                    index(names, "batch.report.files"), index(names, "batch.report.replyOutcome"));
        }

        /** By its heading in any language the app speaks: a report written in Welsh is read by an English run. */
        private static int index(List<String> names, String key) {
            for (org.dearmp.i18n.Language language : org.dearmp.i18n.Language.values()) {
                int at = names.indexOf(Messages.in(language, key).toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    return at;
                }
            }
            return -1;
        }

        /** An older report gains the three reply columns at its end; a new one has them there already. */
        String[] widen(String[] header) {
            if (outcome >= 0) {
                // Headings are only added where the row ends; a column someone added after Outcome keeps its own.
                String[] whole = Arrays.copyOf(header, Math.max(header.length, outcome + 3));
                for (int i = header.length; i < whole.length; i++) {
                    whole[i] = Messages.get(i == outcome + 1 ? "batch.report.replyDate" : "batch.report.replyNote");
                }
                return whole;
            }
            String[] wider = Arrays.copyOf(header, header.length + 3);
            wider[header.length] = Messages.get("batch.report.replyOutcome");
            wider[header.length + 1] = Messages.get("batch.report.replyDate");
            wider[header.length + 2] = Messages.get("batch.report.replyNote");
            return wider;
        }

        /** The end of the reply columns: the outcome column and the two after it. */
        int width(String[] header) {
            return outcome >= 0 ? outcome + 3 : header.length + 3;
        }
    }
}
