package org.dearmp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void writesTheDayWithoutALeadingZeroAndTheMonthInFull() {
        assertThat(UkDates.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
        assertThat(UkDates.date(LocalDate.of(2027, 3, 27))).isEqualTo("27 March 2027");
        assertThat(UkDates.dayAndMonth(LocalDate.of(2026, 6, 5))).isEqualTo("5 June");
    }

    @Test
    void everyMonthMatchesTheJdksBritishLongForm() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2026, month, 9);
            assertThat(UkDates.date(date)).isEqualTo(jdk.format(date));
        }
    }

    @Test
    void timesUseTheTwentyFourHourClockWithTwoDigits() {
        assertThat(UkDates.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(UkDates.time(LocalTime.of(21, 40, 59))).isEqualTo("21:40");
        assertThat(UkDates.dateAndTime(LocalDateTime.of(2026, 11, 27, 7, 3))).isEqualTo("27 November 2026, 07:03");
        assertThat(UkDates.shortDateAndTime(LocalDateTime.of(2026, 11, 27, 21, 40))).isEqualTo("27 Nov 2026, 21:40");
    }

    @Test
    void aWelshInterfaceGivesWelshMonthsAsCldrWritesThem() {
        org.dearmp.i18n.Language was = org.dearmp.i18n.Messages.language();
        try {
            org.dearmp.i18n.Messages.use(org.dearmp.i18n.Language.WELSH);
            DateTimeFormatter jdk = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("cy"));
            for (int month = 1; month <= 12; month++) {
                LocalDate date = LocalDate.of(2026, month, 9);
                assertThat(UkDates.date(date)).isEqualTo(jdk.format(date));
            }
            assertThat(UkDates.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Rhagfyr 2026");
            assertThat(UkDates.shortDateAndTime(java.time.LocalDateTime.of(2026, 2, 27, 21, 40)))
                    .isEqualTo("27 Chwef 2026, 21:40");
        } finally {
            org.dearmp.i18n.Messages.use(was);
        }
        assertThat(UkDates.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
    }
}
