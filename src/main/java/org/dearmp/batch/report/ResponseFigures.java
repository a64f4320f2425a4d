package org.dearmp.batch.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.Regions;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A campaign's results by MP: for each seat its letters, how many got each of the five outcomes, how many have
 * none recorded yet, and the share answered (of all its letters, so a seat nobody has heard from yet counts
 * as not answered rather than vanishing). The seat's code, region and party come from the MP list in use.
 */
public final class ResponseFigures {

    /** One seat's figures. {@code code} is empty when the seat is not on the MP list in use. */
    public record Seat(String code, String constituency, String mp, String party, String region, int letters,
                       Map<Outcome, Integer> outcomes, int noOutcome) {
        public Seat {
            outcomes = Map.copyOf(outcomes);
        }

        public int count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }

        /** Answered letters as a share of all letters, 0..1. */
        public double shareAnswered() {
            return letters == 0 ? 0 : count(Outcome.ANSWERED) / (double) letters;
        }

        /**
         * The outcome the map shows: the best any letter to the seat got (an MP who answered one supporter
         * answered), or empty when none is recorded.
         */
        public Optional<Outcome> best() {
            for (Outcome o : List.of(Outcome.ANSWERED, Outcome.NOT_ANSWERED, Outcome.ACKNOWLEDGED, Outcome.NONE,
                    Outcome.NOT_EXPECTED)) {
                if (count(o) > 0) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    private final List<Seat> seats;
    private final Seat total;

    private ResponseFigures(List<Seat> seats, Seat total) {
        this.seats = List.copyOf(seats);
        this.total = total;
    }

    /** The figures of the report's lettered rows. */
    public static ResponseFigures of(BatchReport report, Parliament parliament) {
        Map<String, Constituency> byName = new LinkedHashMap<>();
        parliament.constituencies().forEach(c -> byName.putIfAbsent(c.name(), c));
        Map<String, Counter> counters = new LinkedHashMap<>();
        Counter all = new Counter("", Messages.get("batch.responses.total"), "", "", "");
        for (BatchReport.Line line : report.lines()) {
            if (!line.hasLetter()) {
                continue;
            }
            Counter counter = counters.computeIfAbsent(line.constituency() + "\n" + line.mp(), k -> {
                Constituency seat = byName.get(line.constituency());
                String party = seat == null ? "" : parliament.member(seat.code()).map(Member::party).orElse("");
                return new Counter(seat == null ? "" : seat.code(), line.constituency(), line.mp(),
                        party.isEmpty() ? Messages.get("batch.summary.noParty") : party,
                        seat == null ? "" : seat.region());
            });
            counter.add(line.outcome());
            all.add(line.outcome());
        }
        List<Seat> seats = new ArrayList<>(counters.values().stream().map(Counter::seat).toList());
        seats.sort(Comparator.comparingInt(Seat::letters).reversed().thenComparing(Seat::constituency));
        return new ResponseFigures(seats, all.seat());
    }

    public List<Seat> seats() {
        return seats;
    }

    public Seat total() {
        return total;
    }

    /** The best outcome of each seat on the map (by code), for the response map. */
    public Map<String, Outcome> bestByCode() {
        Map<String, Outcome> best = new LinkedHashMap<>();
        seats.forEach(s -> s.best().filter(o -> !s.code().isEmpty()).ifPresent(o -> best.put(s.code(), o)));
        return best;
    }

    /** Each seat with letters, by code, for the map's "no outcome yet" shade. */
    public List<String> codes() {
        return seats.stream().map(Seat::code).filter(c -> !c.isEmpty()).toList();
    }

    /** responses.csv: one line per MP, then the total. */
    public void writeCsv(Path file) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (SequenceWriter csv = Mappers.csv().writerFor(String[].class).with(schema).writeValues(writer)) {
                List<String> header = new ArrayList<>(List.of(Messages.get("batch.report.constituency"),
                        Messages.get("batch.report.mp"), Messages.get("batch.summary.party"),
                        Messages.get("batch.summary.region"), Messages.get("batch.summary.letters")));
                for (Outcome o : Outcome.values()) {
                    header.add(Messages.get(o.messageKey()));
                }
                header.add(Messages.get("batch.responses.noOutcome"));
                header.add(Messages.get("batch.responses.shareAnswered"));
                csv.write(safe(header));
                for (Seat seat : seats) {
                    csv.write(safe(cells(seat)));
                }
                csv.write(safe(cells(total)));
            }
        });
    }

    static List<String> cells(Seat seat) {
        List<String> cells = new ArrayList<>(List.of(seat.constituency(), seat.mp(), seat.party(),
                Regions.name(seat.region()), Integer.toString(seat.letters())));
        for (Outcome o : Outcome.values()) {
            cells.add(Integer.toString(seat.count(o)));
        }
        cells.add(Integer.toString(seat.noOutcome()));
        cells.add(Math.round(seat.shareAnswered() * 100) + "%");
        return cells;
    }

    private static String[] safe(List<String> cells) {
        return cells.stream().map(SpreadsheetSafe::cell).toArray(String[]::new);
    }

    private static final class Counter {
        private final String code;
        private final String constituency;
        private final String mp;
        private final String party;
        private final String region;
        private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        private int letters;
        private int noOutcome;

        Counter(String code, String constituency, String mp, String party, String region) {
            this.code = code;
            this.constituency = constituency;
            this.mp = mp;
            this.party = party;
            this.region = region;
        }

        void add(Optional<Outcome> outcome) {
            letters++;
            outcome.ifPresentOrElse(o -> outcomes.merge(o, 1, Integer::sum), () -> noOutcome++);
        }

        Seat seat() {
            return new Seat(code, constituency, mp, party, region, letters, outcomes, noOutcome);
        }
    }
}
