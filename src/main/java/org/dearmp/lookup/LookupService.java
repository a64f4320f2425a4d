package org.dearmp.lookup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dearmp.core.Lazy;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupResult.Certainty;
import org.dearmp.lookup.LookupResult.ChooseReason;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.postcode.LocationMethod;
import org.dearmp.postcode.NiSectorTable;
import org.dearmp.postcode.ParsedPostcode;
import org.dearmp.postcode.Postcode;
import org.dearmp.postcode.PostcodeDirectory;
import org.dearmp.postcode.PostcodeEntry;
import org.dearmp.postcode.PostcodeParser;

/**
 * What people type → their constituency and MP, offline, with an honest answer where the data
 * cannot be sure: a choice of seats for postcodes it does not hold (new, terminated, Northern
 * Ireland), and a plain "no MP here" for Crown dependencies and overseas territories.
 * Thread-safe; fast enough to call on every keystroke.
 */
public final class LookupService {

    private final PostcodeDirectory directory;
    private final Supplier<NiSectorTable> northernIreland;
    private final Parliament parliament;
    /** The seats of each sector seen so far: the index counts them afresh on every call. */
    private final Map<String, List<Candidate>> sectorCandidates = new ConcurrentHashMap<>();

    /**
     * @param northernIreland read on first use: most runs never see a BT postcode
     */
    public LookupService(PostcodeDirectory directory, Supplier<NiSectorTable> northernIreland, Parliament parliament) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.northernIreland = Lazy.of(Objects.requireNonNull(northernIreland, "northernIreland"));
        this.parliament = Objects.requireNonNull(parliament, "parliament");
    }

    public Parliament parliament() {
        return parliament;
    }

    public LookupResult lookup(String input) {
        String typed = input == null ? "" : input;
        ParsedPostcode parsed = PostcodeParser.parse(typed);
        if (parsed instanceof ParsedPostcode.Invalid invalid) {
            return new LookupResult.Invalid(typed, invalid.message());
        }
        ParsedPostcode.Valid valid = (ParsedPostcode.Valid) parsed;
        Postcode postcode = valid.postcode();
        String readAs = valid.corrected() ? Messages.get("lookup.corrected", typed.strip(), postcode) + " " : "";
        return switch (valid.kind()) {
            case GB -> greatBritain(typed, postcode, readAs);
            case NORTHERN_IRELAND -> northernIreland(typed, postcode, readAs);
            case CROWN_DEPENDENCY, OVERSEAS_TERRITORY -> {
                String territory = valid.territory().orElseThrow().displayName();
                String key = valid.kind() == org.dearmp.postcode.PostcodeKind.CROWN_DEPENDENCY
                        ? "lookup.notRepresented.crownDependency" : "lookup.notRepresented.overseas";
                yield new LookupResult.NotRepresented(typed, postcode, territory,
                        readAs + Messages.get(key, postcode, territory));
            }
            case BFPO -> new LookupResult.NotRepresented(typed, postcode, Messages.get("lookup.bfpo.territory"),
                    readAs + Messages.get("lookup.bfpo", postcode));
            case GIROBANK -> new LookupResult.NoLocation(typed, postcode, readAs + Messages.get("lookup.girobank",
                    postcode));
        };
    }

    /**
     * Every seat a user may pick for a {@link LookupResult.Choose}: the candidates first, then, for
     * Northern Ireland, the rest of its 18 seats, since the table there is only a rough guide.
     */
    public List<Candidate> choices(LookupResult.Choose choose) {
        List<Candidate> all = new ArrayList<>(choose.candidates());
        if (choose.reason() == ChooseReason.NORTHERN_IRELAND) {
            Set<String> listed = new LinkedHashSet<>();
            choose.candidates().forEach(c -> listed.add(c.constituency().code()));
            parliament.northernIreland().stream().filter(c -> !listed.contains(c.code()))
                    .forEach(c -> all.add(new Candidate(c, 0)));
        }
        return List.copyOf(all);
    }

    private LookupResult greatBritain(String typed, Postcode postcode, String readAs) {
        Optional<PostcodeEntry> entry = directory.find(postcode);
        if (entry.isEmpty()) {
            return notInData(typed, postcode, readAs);
        }
        if (entry.get().method() == LocationMethod.NO_LOCATION) {
            return new LookupResult.NoLocation(typed, postcode, readAs + Messages.get("lookup.noLocation", postcode));
        }
        Constituency seat = constituency(entry.get().constituencyCode());
        Optional<Member> member = parliament.member(seat.code());
        Certainty certainty = entry.get().method() == LocationMethod.NEAREST ? Certainty.NEAREST : Certainty.EXACT;
        List<Candidate> alternatives = sectorCandidates(postcode.sector()).stream()
                .filter(c -> !c.constituency().code().equals(seat.code())).toList();

        StringBuilder message = new StringBuilder(readAs);
        message.append(member.map(m -> Messages.get("lookup.found", postcode, seat.displayName(), m.displayName(),
                m.party())).orElseGet(() -> Messages.get("lookup.found.vacant", postcode, seat.displayName())));
        if (certainty == Certainty.NEAREST) {
            message.append(' ').append(Messages.get("lookup.found.nearest"));
        }
        if (!alternatives.isEmpty()) {
            message.append(' ').append(Messages.get("lookup.found.split", postcode.sector(), alternatives.size() + 1));
        }
        return new LookupResult.Found(typed, postcode, seat, member, certainty, alternatives, message.toString());
    }

    /** A GB postcode the data does not hold: offer the seats of its sector, or failing that its district. */
    private LookupResult notInData(String typed, Postcode postcode, String readAs) {
        List<Candidate> sector = sectorCandidates(postcode.sector());
        if (!sector.isEmpty()) {
            return new LookupResult.Choose(typed, postcode, ChooseReason.UNKNOWN_POSTCODE, sector,
                    readAs + Messages.get("lookup.choose.unknown", postcode, postcode.sector()));
        }
        List<Candidate> district = candidates(directory.districtCounts(postcode.outward()));
        if (!district.isEmpty()) {
            return new LookupResult.Choose(typed, postcode, ChooseReason.UNKNOWN_POSTCODE, district,
                    readAs + Messages.get("lookup.choose.unknown", postcode, postcode.outward()));
        }
        return new LookupResult.Invalid(typed, Messages.get("lookup.invalid.unknownDistrict", typed.strip(),
                postcode.outward()));
    }

    private LookupResult northernIreland(String typed, Postcode postcode, String readAs) {
        NiSectorTable table = northernIreland.get();
        List<Candidate> candidates = candidates(table.candidates(postcode.sector()));
        String where = postcode.sector();
        if (candidates.isEmpty()) {
            candidates = candidates(table.districtCandidates(postcode.outward()));
            where = postcode.outward();
        }
        String message = candidates.isEmpty()
                ? Messages.get("lookup.choose.ni.noGuide", postcode)
                : Messages.get("lookup.choose.ni", postcode, where);
        return new LookupResult.Choose(typed, postcode, ChooseReason.NORTHERN_IRELAND, candidates, readAs + message);
    }

    private List<Candidate> sectorCandidates(String sector) {
        return sectorCandidates.computeIfAbsent(sector, s -> candidates(directory.sectorCounts(s)));
    }

    private List<Candidate> candidates(Map<String, Integer> counts) {
        List<Candidate> result = new ArrayList<>(counts.size());
        counts.forEach((code, count) -> result.add(new Candidate(constituency(code), count)));
        return List.copyOf(result);
    }

    private Constituency constituency(String code) {
        return parliament.constituency(code).orElseThrow(() -> new IllegalStateException(
                "The postcode data names constituency " + code + ", which the MP list does not have"));
    }
}
