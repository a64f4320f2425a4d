package org.dearmp.batch.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Regions;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.Mappers;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Where the letters go: how many to each constituency, region and party, most first. Built as
 * letters are planned; a few hundred entries at most, whatever the batch size.
 */
public final class BatchSummary {

    /** One constituency's share: the seat, its MP and the number of letters. */
    public record Seat(String code, String name, String region, String mp, String party, int letters) {
    }

    private final Map<String, Seat> seats = new HashMap<>();

    public void add(Constituency constituency, Member member) {
        seats.merge(constituency.code(), new Seat(constituency.code(), constituency.name(), constituency.region(),
                member.displayName(), member.party().isEmpty() ? Messages.get("batch.summary.noParty") : member.party(), 1),
                (a, b) -> new Seat(a.code(), a.name(), a.region(), a.mp(), a.party(), a.letters() + b.letters()));
    }

    public int letters() {
        return seats.values().stream().mapToInt(Seat::letters).sum();
    }

    public List<Seat> byConstituency() {
        return seats.values().stream().sorted(Comparator.comparingInt(Seat::letters).reversed()
                .thenComparing(Seat::name)).toList();
    }

    public Map<String, Integer> byRegion() {
        return totals(Seat::region);
    }

    /** {@link #byRegion()}, each region named in the interface's language: what people read. */
    public Map<String, Integer> byRegionNamed() {
        Map<String, Integer> named = new LinkedHashMap<>();
        byRegion().forEach((region, letters) -> named.merge(Regions.name(region), letters, Integer::sum));
        return named;
    }

    public Map<String, Integer> byParty() {
        return totals(Seat::party);
    }

    /** Letters per constituency code, for the map. */
    public Map<String, Integer> lettersByCode() {
        Map<String, Integer> counts = new HashMap<>();
        seats.values().forEach(s -> counts.put(s.code(), s.letters()));
        return counts;
    }

    private Map<String, Integer> totals(java.util.function.Function<Seat, String> key) {
        Map<String, Integer> totals = new HashMap<>();
        seats.values().forEach(s -> totals.merge(key.apply(s), s.letters(), Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        totals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** summary.csv: one line per region, party and constituency, in that order. */
    public void writeCsv(Path file) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (SequenceWriter csv = Mappers.csv().writerFor(String[].class).with(schema).writeValues(writer)) {
                csv.write(safe(Messages.get("batch.summary.kind"), Messages.get("batch.summary.name"),
                        Messages.get("batch.summary.mp"), Messages.get("batch.summary.party"), Messages.get("batch.summary.letters")));
                for (var e : byRegionNamed().entrySet()) {
                    csv.write(safe(Messages.get("batch.summary.region"), e.getKey(), "", "", e.getValue().toString()));
                }
                for (var e : byParty().entrySet()) {
                    csv.write(safe(Messages.get("batch.summary.partyKind"), e.getKey(), "", "", e.getValue().toString()));
                }
                for (Seat seat : byConstituency()) {
                    csv.write(safe(Messages.get("batch.summary.constituency"), seat.name(), seat.mp(), seat.party(),
                            Integer.toString(seat.letters())));
                }
            }
            // Closing the sequence writer flushed and closed the writer.
        });
    }

    private static String[] safe(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SpreadsheetSafe.cell(cells[i]);
        }
        return cells;
    }
}
