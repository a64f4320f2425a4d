package org.dearmp.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves on by hand: "two weeks later" without waiting two weeks. */
public final class MovableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** From {@link TestClocks#FIXED}'s moment, in London. */
    public static MovableClock fromFixed() {
        return new MovableClock(TestClocks.FIXED.instant(), TestClocks.FIXED.getZone());
    }

    public void moveOn(Duration by) {
        now = now.plus(by);
    }

    public void moveOnDays(int days) {
        moveOn(Duration.ofDays(days));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
