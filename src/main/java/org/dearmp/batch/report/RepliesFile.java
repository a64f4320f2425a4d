package org.dearmp.batch.report;

import org.dearmp.store.CsvCells;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dearmp.core.DearMpException;
import org.dearmp.core.UkDates;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.store.UserFiles;

/**
 * An organiser's file of the MPs' replies: a column {@code Row} (the report's row number) or {@code Email}
 * (the supporter's), and {@code Outcome} (one of {@link Outcome#codes()}), with {@code Date} and {@code Note}
 * if wanted. Each line is matched to one report row or listed as a problem, by its own row number as a
 * spreadsheet shows it; nothing is guessed. A report row given twice with different outcomes takes neither, and
 * a date outside the {@link ReplyDates} (after today, or before the letters' date) is a problem of its line.
 */
public final class RepliesFile {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int MAX_NOTE = 500;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A line of the replies file that was not used, and why. */
    public record Problem(int fileRow, String message) {
    }

    /** What the file says: the replies to record by report row, the lines not used, and how many were used. */
    public record Matched(Map<Integer, BatchReport.Reply> replies, List<Problem> problems, int goodLines) {
    }

    /**
     * The days a reply can be dated: not before the letters' date (no MP answers a letter not yet sent) and not
     * after today by the app's clock. A date outside is a typing slip (2062 for 2026, the month and day swapped),
     * so its line is listed, never corrected by a guess.
     */
    public record ReplyDates(LocalDate letters, LocalDate today) {
        public ReplyDates {
            java.util.Objects.requireNonNull(letters, "letters");
            java.util.Objects.requireNonNull(today, "today");
        }

        /** Why {@code date} cannot be a reply's date, or null when it can. */
        String problem(String typed, LocalDate date) {
            if (date.isAfter(today)) {
                return Messages.get("batch.replies.futureDate", typed, UkDates.date(today));
            }
            if (date.isBefore(letters)) {
                return Messages.get("batch.replies.beforeLetters", typed, UkDates.date(letters));
            }
            return null;
        }
    }

    private RepliesFile() {
    }

    public static Matched match(Path file, BatchReport report, ReplyDates dates) throws IOException {
        Map<Integer, BatchReport.Line> byRow = new HashMap<>();
        Map<String, List<Integer>> byEmail = new HashMap<>();
        for (BatchReport.Line line : report.lines()) {
            byRow.putIfAbsent(line.row(), line);
            if (!line.supporterEmail().isEmpty()) {
                byEmail.computeIfAbsent(normal(line.supporterEmail()), e -> new ArrayList<>()).add(line.row());
            }
        }
        Map<Integer, BatchReport.Reply> replies = new LinkedHashMap<>();
        Map<Integer, Integer> givenOn = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        java.util.Set<Integer> conflicted = new java.util.HashSet<>();
        try (CsvCells csv = new CsvCells(UserFiles.open(file, MAX_BYTES, Messages.get("batch.replies.whatFile")))) {
            String[] header = csv.next();
            List<String> names = header == null ? List.of()
                    : Arrays.stream(header).map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
            // English headings, or Welsh ones (a Welsh organiser's file, or the Welsh report's own headings).
            int rowColumn = column(names, "row", "rhes");
            int emailColumn = column(names, "email", "supporter email", "e-bost", "e-bost y cefnogwr");
            int outcomeColumn = column(names, "outcome", "canlyniad");
            int dateColumn = column(names, "date", "dyddiad", "dyddiad yr ateb");
            int noteColumn = column(names, "note", "nodyn", "nodyn am yr ateb");
            if (outcomeColumn < 0 || (rowColumn < 0 && emailColumn < 0)) {
                throw new DearMpException(Messages.get("batch.replies.noColumns", file));
            }
            int fileRow = 1;
            int total = 0;
            for (String[] cells = csv.next(); cells != null; cells = csv.next()) {
                fileRow++;
                if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                total++;
                String rowText = cell(cells, rowColumn);
                String email = cell(cells, emailColumn);
                String outcomeText = cell(cells, outcomeColumn);
                Optional<Outcome> outcome = Outcome.parse(outcomeText);
                String why = null;
                Integer row = null;
                if (outcomeText.isEmpty()) {
                    why = Messages.get("batch.replies.noOutcome", Outcome.codes());
                } else if (outcome.isEmpty()) {
                    why = Messages.get("batch.replies.badOutcome", outcomeText, Outcome.codes());
                } else if (!rowText.isEmpty()) {
                    row = rowNumber(rowText);
                    BatchReport.Line line = row == null ? null : byRow.get(row);
                    if (row == null) {
                        why = Messages.get("batch.replies.badRow", rowText);
                    } else if (line == null) {
                        why = Messages.get("batch.replies.unknownRow", row);
                    } else if (!line.hasLetter()) {
                        why = Messages.get("batch.replies.noLetter", row);
                    } else if (!email.isEmpty() && !normal(email).equals(normal(line.supporterEmail()))) {
                        why = Messages.get("batch.replies.otherEmail", row);
                    }
                } else if (!email.isEmpty()) {
                    List<Integer> rows = byEmail.getOrDefault(normal(email), List.of());
                    List<Integer> lettered = rows.stream().filter(r -> byRow.get(r).hasLetter()).toList();
                    if (rows.isEmpty()) {
                        why = Messages.get("batch.replies.unknownEmail");
                    } else if (rows.size() > 1) {
                        why = Messages.get("batch.replies.manyRows",
                                rows.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                    } else if (lettered.isEmpty()) {
                        why = Messages.get("batch.replies.noLetter", rows.get(0));
                    } else {
                        row = lettered.get(0);
                    }
                } else {
                    why = Messages.get("batch.replies.noRowOrEmail");
                }
                Optional<LocalDate> date = Optional.empty();
                if (why == null) {
                    String dateText = cell(cells, dateColumn);
                    date = date(dateText);
                    if (!dateText.isEmpty() && date.isEmpty()) {
                        why = Messages.get("batch.replies.badDate", dateText);
                    } else if (date.isPresent()) {
                        why = dates.problem(dateText, date.get());
                    }
                }
                if (why == null && conflicted.contains(row)) {
                    why = Messages.get("batch.replies.conflict", row, givenOn.get(row));
                } else if (why == null && replies.containsKey(row) && replies.get(row).outcome() != outcome.get()) {
                    why = Messages.get("batch.replies.conflict", row, givenOn.get(row));
                    replies.remove(row);
                    conflicted.add(row);
                    problems.add(new Problem(givenOn.get(row), Messages.get("batch.replies.conflictEarlier", row, fileRow)));
                }
                if (why != null) {
                    problems.add(new Problem(fileRow, why));
                    continue;
                }
                String note = cell(cells, noteColumn).replaceAll("\\s+", " ");
                note = note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
                replies.putIfAbsent(row, new BatchReport.Reply(outcome.get(), date, note));
                givenOn.putIfAbsent(row, fileRow);
            }
            problems.sort(java.util.Comparator.comparingInt(Problem::fileRow));
            int bad = (int) problems.stream().map(Problem::fileRow).distinct().count();
            return new Matched(replies, problems, total - bad);
        }
    }

    private static Integer rowNumber(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, UK_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String cell(String[] cells, int index) {
        return index < 0 || index >= cells.length || cells[index] == null ? "" : cells[index].strip();
    }

    /** The first of {@code headings} the file has, or -1. */
    private static int column(List<String> names, String... headings) {
        for (String heading : headings) {
            int at = names.indexOf(heading);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }
}
