package org.dearmp.ui.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;
import org.dearmp.parliament.Parliament;

/**
 * The MP list the wizard works with and the postcode lookup over it, swapped together when the user imports a
 * newer list: every screen keeps the one object it was given, and names the new MPs from the swap on.
 */
public final class LiveMpList implements Parliament {
    private record InUse(Parliament parliament, PostcodeLookup lookup) {
        InUse {
            Objects.requireNonNull(parliament, "parliament");
            Objects.requireNonNull(lookup, "lookup");
        }
    }

    /** Swapped on the FX thread, read wherever a screen asks: one reference, so a list and its lookup never mix. */
    private volatile InUse inUse;
    private final PostcodeLookup lookup = new PostcodeLookup() {
        @Override
        public LookupResult lookup(String input) {
            return inUse.lookup().lookup(input);
        }

        @Override
        public List<Candidate> choices(LookupResult.Choose choose) {
            return inUse.lookup().choices(choose);
        }
    };

    public LiveMpList(Parliament parliament, PostcodeLookup lookup) {
        use(parliament, lookup);
    }

    /** From now on, {@code parliament}'s MPs, found by {@code lookup} (which must be over the same list). */
    public void use(Parliament parliament, PostcodeLookup lookup) {
        inUse = new InUse(parliament, lookup);
    }

    /** The lookup over whichever list is in use. */
    public PostcodeLookup lookup() {
        return lookup;
    }

    @Override
    public List<Constituency> constituencies() {
        return inUse.parliament().constituencies();
    }

    @Override
    public Optional<Constituency> constituency(String code) {
        return inUse.parliament().constituency(code);
    }

    @Override
    public Optional<Member> member(String constituencyCode) {
        return inUse.parliament().member(constituencyCode);
    }

    @Override
    public LocalDate dataAsOf() {
        return inUse.parliament().dataAsOf();
    }

    @Override
    public String source() {
        return inUse.parliament().source();
    }

    @Override
    public List<Constituency> northernIreland() {
        return inUse.parliament().northernIreland();
    }

    @Override
    public List<MemberNote> notes(String constituencyCode) {
        return inUse.parliament().notes(constituencyCode);
    }

    @Override
    public boolean isOutOfDate(LocalDate today) {
        return inUse.parliament().isOutOfDate(today);
    }

    @Override
    public Optional<String> ageWarning(LocalDate today) {
        return inUse.parliament().ageWarning(today);
    }
}
