package org.dearmp.testsupport;

import java.nio.file.Path;
import java.util.List;
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
}
