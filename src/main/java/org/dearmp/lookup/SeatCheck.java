package org.dearmp.lookup;

import java.util.Objects;
import java.util.Optional;
import org.dearmp.parliament.Constituency;
import org.dearmp.postcode.Postcode;

/**
 * Whether the postcode of the writer's own address is in the seat their letter goes to, e.g. when
 * the details were remembered from an earlier letter or the postcode was edited. Says so only when
 * the data is sure: a postcode still being typed, one the data does not hold, a Northern Ireland one
 * (where only a rough guide exists) or one in a sector that also reaches the letter's seat never
 * raises a false alarm. Stateless.
 */
public final class SeatCheck {

    /** The address postcode {@code postcode} is in {@code home}, but the letter is to the MP for {@code letterSeat}. */
    public record Mismatch(Postcode postcode, Constituency home, Constituency letterSeat) {
        public Mismatch {
            Objects.requireNonNull(postcode, "postcode");
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(letterSeat, "letterSeat");
        }
    }

    private SeatCheck() {
    }

    /**
     * @param address    the lookup of the writer's address postcode
     * @param letterSeat the seat whose MP the letter is to; null when none is chosen yet
     */
    public static Optional<Mismatch> check(LookupResult address, Constituency letterSeat) {
        if (letterSeat == null || !(address instanceof LookupResult.Found found)) {
            return Optional.empty();
        }
        String seat = letterSeat.code();
        boolean mayBeThere = found.constituency().code().equals(seat)
                || found.alternatives().stream().anyMatch(c -> c.constituency().code().equals(seat));
        return mayBeThere ? Optional.empty()
                : Optional.of(new Mismatch(found.postcode(), found.constituency(), letterSeat));
    }
}
