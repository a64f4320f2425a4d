package org.dearmp.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a UK letter writes them: "27 November 2026". */
public final class LetterDates {
    private static final DateTimeFormatter LONG_FORM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterDates() {
    }

    public static String longForm(LocalDate date) {
        return LONG_FORM.format(date);
    }
}
