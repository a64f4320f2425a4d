package org.dearmp.parliament;

import org.dearmp.core.UkDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dearmp.i18n.Messages;

/**
 * The 650 constituencies and their sitting MPs, valid as of {@link #dataAsOf()}.
 * Get one from {@link ParliamentRepository}: the bundled list, or a newer one the user imported.
 */
public interface Parliament {

    /** After this long an MP list is likely to have missed by-elections and defections. */
    int MONTHS_BEFORE_OUT_OF_DATE = 6;

    List<Constituency> constituencies();

    Optional<Constituency> constituency(String code);

    /** The sitting MP, or empty for a vacant seat. */
    Optional<Member> member(String constituencyCode);

    /** The date the MP list is valid for. */
    LocalDate dataAsOf();

    /** Where the MP list came from, in words for the user. */
    String source();

    /** The 18 Northern Ireland seats, for a user who must pick theirs. */
    default List<Constituency> northernIreland() {
        return constituencies().stream().filter(Constituency::isNorthernIreland).toList();
    }

    /** The flags a letter writer must know about this seat's MP (Speaker, vacant seat, no email...). */
    default List<MemberNote> notes(String constituencyCode) {
        return MemberNote.of(member(constituencyCode));
    }

    /** True when the MP list is more than {@value #MONTHS_BEFORE_OUT_OF_DATE} months old on {@code today}. */
    default boolean isOutOfDate(LocalDate today) {
        return today.isAfter(dataAsOf().plusMonths(MONTHS_BEFORE_OUT_OF_DATE));
    }

    /** A warning to show when the list is out of date on {@code today}; empty when it is recent enough. */
    default Optional<String> ageWarning(LocalDate today) {
        return isOutOfDate(today)
                ? Optional.of(Messages.get("parliament.outOfDate", UkDates.date(dataAsOf())))
                : Optional.empty();
    }
}
