package org.dearmp.parliament;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.i18n.Messages;

/**
 * Reads the parliament data bundled in the app ({@code org/dearmp/data}, made by the build's
 * DataIndexBuilder from {@code ../shared/data/parliament}).
 */
final class BundledData {
    static final String CONSTITUENCIES = "/org/dearmp/data/constituencies.csv";
    static final String MPS = "/org/dearmp/data/mps.csv";

    private BundledData() {
    }

    static List<Constituency> constituencies() {
        CsvTable table = table(CONSTITUENCIES);
        List<Constituency> result = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            result.add(new Constituency(table.cell(i, "pcon24cd"), table.cell(i, "pcon24nm"),
                    table.cell(i, "pcon24nm_cy"), table.cell(i, "country_name"), table.cell(i, "region_name")));
        }
        return List.copyOf(result);
    }

    /** The bundled MP list ({@code mps_YYYY-MM-DD.csv}: one row per seat, with gender). */
    static MpList mps() {
        CsvTable table = table(MPS);
        Map<String, Optional<Member>> seats = new LinkedHashMap<>();
        LocalDate asOf = null;
        for (int i = 0; i < table.rowCount(); i++) {
            String displayName = table.cell(i, "display_as");
            String memberId = table.cell(i, "member_id");
            Optional<Member> member = MpRows.isVacant(displayName, memberId) ? Optional.empty()
                    : Optional.of(new Member(Integer.parseInt(memberId), table.cell(i, "full_title"), displayName,
                            table.cell(i, "party"), table.cell(i, "email"), Gender.fromCode(table.cell(i, "gender"))));
            seats.put(table.cell(i, "pcon24cd"), member);
            asOf = later(asOf, table.cell(i, "valid_as_of"));
        }
        if (asOf == null) {
            throw new IllegalStateException("The bundled MP list has no valid_as_of date");
        }
        return new MpList(asOf, seats, Messages.get("parliament.source.bundled", UkDates.format(asOf)));
    }

    private static LocalDate later(LocalDate current, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return current == null || date.isAfter(current) ? date : current;
        } catch (DateTimeParseException e) {
            return current;
        }
    }

    private static CsvTable table(String resource) {
        InputStream in = BundledData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Bundled data missing: " + resource
                    + " (run the Maven build: process-classes creates it)");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CsvTable.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
