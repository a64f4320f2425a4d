package org.dearmp.parliament;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as British readers write them: "27 June 2026". */
public final class UkDates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return LONG.format(date);
    }
}
