package org.dearmp.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.ParliamentData;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;

/** The real sitting MPs, from the parliament data bundled by the build (../shared/data), and the raw DfE extract. */
public final class RealMps {
    /** Read with a data folder that does not exist, so an MP list imported by the user never takes its place. */
    public static final ParliamentData BUNDLED =
            new ParliamentRepository(new AppDataFolder(Path.of("target", "no-such-data-folder"))).bundled();

    public record Seat(Member member, Constituency constituency) {
    }

    private static List<Seat> seats;

    private RealMps() {
    }

    public static synchronized List<Seat> all() {
        if (seats == null) {
            seats = BUNDLED.constituencies().stream()
                    .flatMap(c -> BUNDLED.member(c.code()).map(m -> new Seat(m, c)).stream())
                    .toList();
        }
        return seats;
    }

    public static Seat byConstituencyName(String name) {
        return all().stream().filter(seat -> seat.constituency().name().equals(name)).findFirst().orElseThrow();
    }

    public static Member named(String displayName) {
        return all().stream().map(Seat::member)
                .filter(m -> m.displayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("No MP called " + displayName));
    }

    public static Path dfeExtract() {
        return Path.of(System.getProperty("dearmp.data", "../shared/data"), "parliament",
                "dfe_mp_lookup_2026-06-27.csv");
    }

    /** A copy of the real extract in {@code folder}, named for {@code asOf} as the DfE names it, each line edited. */
    public static Path editedExtract(Path folder, LocalDate asOf, UnaryOperator<String> edit) throws IOException {
        List<String> lines = Files.readAllLines(dfeExtract(), StandardCharsets.UTF_8);
        lines.replaceAll(edit);
        return Files.write(folder.resolve("dfe_mp_lookup_" + asOf + ".csv"), lines, StandardCharsets.UTF_8);
    }

    /** Two seats changed: Rachel Blake's Cities of London and Westminster is vacant, Wendy Morton sits as an Independent. */
    public static Path extractWithTwoChanges(Path folder, LocalDate asOf) throws IOException {
        return editedExtract(folder, asOf, line -> line
                .replace("\"Rachel Blake MP\",\"Rachel Blake\"", "\"Vacant\",\"Vacant\"")
                .replace("\"Wendy Morton\",\"Conservative\"", "\"Wendy Morton\",\"Independent\""));
    }
}
