package org.dearmp.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Clocks for tests that write dated output, so the output is the same on every run. */
public final class TestClocks {

    /** 21:40:00 on 27 November 2026, London time (GMT, so also 21:40Z). */
    public static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-27T21:40:00Z"), ZoneId.of("Europe/London"));

    private TestClocks() {
    }
}
