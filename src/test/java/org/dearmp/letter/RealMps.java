package org.dearmp.letter;

import java.nio.file.Path;
import java.util.List;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;

/** The real sitting MPs, from the parliament data bundled by the build (../shared/data). */
public final class RealMps {

    public record Seat(Member member, Constituency constituency) {
    }

    private static List<Seat> seats;

    private RealMps() {
    }

    public static synchronized List<Seat> all() {
        if (seats == null) {
            Parliament parliament = new ParliamentRepository(new AppDataFolder(Path.of("target", "letter-tests-home")))
                    .bundled();
            seats = parliament.constituencies().stream()
                    .flatMap(c -> parliament.member(c.code()).map(m -> new Seat(m, c)).stream())
                    .toList();
        }
        return seats;
    }

    public static Seat byConstituencyName(String name) {
        return all().stream().filter(seat -> seat.constituency().name().equals(name)).findFirst().orElseThrow();
    }
}
