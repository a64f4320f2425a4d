package org.dearmp.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Dates and times as British readers write them, for everything a person reads: "27 June 2026",
 * "27 June", "21:40", "27 June 2026, 21:40" or, where space is short, "27 Jun 2026, 21:40". Files read
 * by machines (RFC 5322 in an email, PDF dates, ISO in JSON and CSV) keep their own formats.
 *
 * <p>Month names come from the message bundle (so a Welsh interface says "27 Mehefin 2026") rather than the
 * JDK's locale data, whose first use costs a command-line run a few hundred milliseconds. A letter's own date
 * is in the letter's language ({@code letter.LetterWords}), whatever language the app is shown in.
 */
public final class UkDates {

    private UkDates() {
    }

    /** "27 June 2026": the date on a letter, in a report, in a message. */
    public static String date(LocalDate date) {
        return dayAndMonth(date) + " " + date.getYear();
    }

    /** "27 June", for a date this year. */
    public static String dayAndMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date);
    }

    /** "21:40", on the 24-hour clock. */
    public static String time(LocalTime time) {
        return twoDigits(time.getHour()) + ":" + twoDigits(time.getMinute());
    }

    /** "27 June 2026, 21:40". */
    public static String dateAndTime(LocalDateTime when) {
        return date(when.toLocalDate()) + ", " + time(when.toLocalTime());
    }

    /** "27 Jun 2026, 21:40": the month in three letters, for lists. */
    public static String shortDateAndTime(LocalDateTime when) {
        return when.getDayOfMonth() + " " + monthName("core.date.monthsShort", when.toLocalDate()) + " "
                + when.getYear()
                + ", " + time(when.toLocalTime());
    }

    private static String month(LocalDate date) {
        return monthName("core.date.months", date);
    }

    /** In the language the app is shown in: "27 June 2026" in English, "27 Mehefin 2026" in Welsh. */
    private static String monthName(String key, LocalDate date) {
        return org.dearmp.i18n.Messages.get(key).split(",")[date.getMonthValue() - 1];
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
