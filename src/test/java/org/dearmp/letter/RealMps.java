package org.dearmp.letter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Gender;
import org.dearmp.parliament.Member;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The real sitting MPs from ../shared/data, read straight from the CSV for tests. (The parliament loader
 * is the app's way; this keeps the letter tests independent of it.)
 */
public final class RealMps {

    public record Seat(Member member, Constituency constituency) {
    }

    private static List<Seat> seats;

    private RealMps() {
    }

    public static synchronized List<Seat> all() {
        if (seats == null) {
            seats = load();
        }
        return seats;
    }

    public static Seat byConstituencyName(String name) {
        return all().stream().filter(seat -> seat.constituency().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Seat> load() {
        Path dataDir = Path.of(System.getProperty("dearmp.data", "../shared/data"), "parliament");
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Seat> result = new ArrayList<>();
        Map<String, Map<String, String>> constituencies = new java.util.HashMap<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(schema)
                .readValues(dataDir.resolve("constituencies.csv").toFile())) {
            rows.forEachRemaining(row -> constituencies.put(row.get("pcon24cd"), row));
        }
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(schema)
                .readValues(dataDir.resolve("mps_2026-06-27.csv").toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if (row.get("member_id").isBlank()) {
                    continue;
                }
                Map<String, String> seat = constituencies.get(row.get("pcon24cd"));
                Constituency constituency = new Constituency(row.get("pcon24cd"), row.get("pcon24nm"),
                        seat.get("pcon24nm_cy"), seat.get("country_name"), seat.get("region_name"));
                Member member = new Member(Integer.parseInt(row.get("member_id")), row.get("full_title"),
                        row.get("display_as"), row.get("party"), row.get("email"), Gender.fromCode(row.get("gender")));
                result.add(new Seat(member, constituency));
            }
        }
        return List.copyOf(result);
    }
}
