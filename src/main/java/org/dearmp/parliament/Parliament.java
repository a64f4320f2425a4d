package org.dearmp.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 650 constituencies and their sitting MPs, valid as of {@link #dataAsOf()}.
 * STUB interface: the parliament work provides the loader (bundled data, or a newer imported list).
 */
public interface Parliament {

    List<Constituency> constituencies();

    Optional<Constituency> constituency(String code);

    /** The sitting MP, or empty for a vacant seat. */
    Optional<Member> member(String constituencyCode);

    /** The date the MP list is valid for. */
    LocalDate dataAsOf();

    /** Where the MP list came from, in words for the user. */
    String source();
}
