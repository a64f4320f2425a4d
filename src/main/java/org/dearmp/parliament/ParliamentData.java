package org.dearmp.parliament;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The 650 constituencies with the MP list in use. Immutable; built by {@link ParliamentRepository}. */
public final class ParliamentData implements Parliament {

    private final List<Constituency> constituencies;
    private final Map<String, Constituency> byCode;
    private final MpList mps;

    public ParliamentData(List<Constituency> constituencies, MpList mps) {
        this.constituencies = List.copyOf(constituencies);
        this.mps = Objects.requireNonNull(mps, "mps");
        this.byCode = new LinkedHashMap<>();
        for (Constituency c : this.constituencies) {
            byCode.put(c.code(), c);
        }
    }

    @Override
    public List<Constituency> constituencies() {
        return constituencies;
    }

    @Override
    public Optional<Constituency> constituency(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Optional<Member> member(String constituencyCode) {
        return mps.member(constituencyCode);
    }

    @Override
    public LocalDate dataAsOf() {
        return mps.asOf();
    }

    @Override
    public String source() {
        return mps.source();
    }

    public MpList mpList() {
        return mps;
    }
}
