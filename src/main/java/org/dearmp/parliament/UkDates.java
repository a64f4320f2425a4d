package org.dearmp.parliament;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates as British readers write them: "27 June 2026". Month names are spelled out here rather than
 * taken from the JDK's locale data, whose first use costs a command-line run a few hundred milliseconds.
 */
public final class UkDates {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }
}
