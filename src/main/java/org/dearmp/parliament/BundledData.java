package org.dearmp.parliament;

import org.dearmp.core.UkDates;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.i18n.Messages;

/**
 * The parliament data bundled in the app. The build ({@code DataIndexBuilder}) reads
 * {@code ../shared/data/parliament} (constituencies.csv and the newest mps_YYYY-MM-DD.csv) and writes
 * them as one small binary file, {@code org/dearmp/data/parliament.bin}, that the app reads in a few
 * milliseconds: parsing the CSV at every start would cost a one-shot command-line lookup far more.
 */
public final class BundledData {
    static final String RESOURCE = "/org/dearmp/data/parliament.bin";
    private static final int MAGIC = 0x444d5050; // "DMPP"
    private static final int FORMAT_VERSION = 1;

    private BundledData() {
    }

    /** What the bundle holds: the constituencies and the MP list. */
    record Contents(List<Constituency> constituencies, MpList mps) {
    }

    /** Build time: reads the two CSV files and writes the bundle. */
    public static void build(Path constituenciesCsv, Path mpsCsv, Path target) throws IOException {
        List<Constituency> constituencies;
        try (Reader reader = Files.newBufferedReader(constituenciesCsv, StandardCharsets.UTF_8)) {
            constituencies = constituencies(CsvTable.read(reader));
        }
        MpList mps;
        try (Reader reader = Files.newBufferedReader(mpsCsv, StandardCharsets.UTF_8)) {
            mps = mps(CsvTable.read(reader));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            write(new Contents(constituencies, mps), out);
        }
    }

    /** Run time: the bundle on the classpath. */
    static Contents read() {
        InputStream in = BundledData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Bundled data missing: " + RESOURCE
                    + " (run the Maven build: process-classes creates it)");
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            return readFrom(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled parliament data", e);
        }
    }

    static List<Constituency> constituencies(CsvTable table) {
        List<Constituency> result = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            String code = table.cell(i, "pcon24cd");
            result.add(new Constituency(code, table.cell(i, "pcon24nm"),
                    WelshNameCorrections.welshName(code, table.cell(i, "pcon24nm_cy")), table.cell(i, "country_name"),
                    table.cell(i, "region_name")));
        }
        return List.copyOf(result);
    }

    /** The bundled MP list format ({@code mps_YYYY-MM-DD.csv}: one row per seat, with gender). */
    static MpList mps(CsvTable table) {
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
            throw new IllegalStateException("The MP list has no valid_as_of date");
        }
        return new MpList(asOf, seats, bundledSource(asOf));
    }

    private static String bundledSource(LocalDate asOf) {
        return Messages.get("parliament.source.bundled", UkDates.date(asOf));
    }

    private static LocalDate later(LocalDate current, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return current == null || date.isAfter(current) ? date : current;
        } catch (DateTimeParseException e) {
            return current;
        }
    }

    private static void write(Contents contents, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeUTF(contents.mps().asOf().toString());
        out.writeInt(contents.constituencies().size());
        for (Constituency c : contents.constituencies()) {
            out.writeUTF(c.code());
            out.writeUTF(c.name());
            out.writeUTF(c.welsh().orElse(""));
            out.writeUTF(c.country());
            out.writeUTF(c.region());
        }
        out.writeInt(contents.mps().seats().size());
        for (Map.Entry<String, Optional<Member>> seat : contents.mps().seats().entrySet()) {
            out.writeUTF(seat.getKey());
            out.writeBoolean(seat.getValue().isPresent());
            if (seat.getValue().isPresent()) {
                Member m = seat.getValue().get();
                out.writeInt(m.memberId());
                out.writeUTF(m.fullTitle());
                out.writeUTF(m.displayName());
                out.writeUTF(m.party());
                out.writeUTF(m.emailAddress().orElse(""));
                out.writeUTF(m.gender().name());
            }
        }
    }

    static Contents readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) {
            throw new IOException("Not a parliament bundle of format " + FORMAT_VERSION + ": rebuild the app");
        }
        LocalDate asOf = LocalDate.parse(in.readUTF());
        int count = in.readInt();
        List<Constituency> constituencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            constituencies.add(new Constituency(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                    in.readUTF()));
        }
        int seatCount = in.readInt();
        Map<String, Optional<Member>> seats = new LinkedHashMap<>();
        for (int i = 0; i < seatCount; i++) {
            String code = in.readUTF();
            Optional<Member> member = Optional.empty();
            if (in.readBoolean()) {
                member = Optional.of(new Member(in.readInt(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                        Gender.valueOf(in.readUTF())));
            }
            seats.put(code, member);
        }
        return new Contents(List.copyOf(constituencies), new MpList(asOf, seats, bundledSource(asOf)));
    }
}
