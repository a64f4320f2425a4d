package org.dearmp.postcode;

import java.util.Objects;
import java.util.Optional;

/** What {@link PostcodeParser} made of what someone typed: a valid postcode, or why it is not one. */
public sealed interface ParsedPostcode {

    /** Exactly what was typed. */
    String input();

    /**
     * A valid postcode.
     *
     * @param territory the Crown dependency or overseas territory, present exactly when {@code kind} is one of those
     * @param corrected true when a likely typo was fixed (letter O for zero, letter I for one, or the reverse)
     */
    record Valid(String input, Postcode postcode, PostcodeKind kind, Optional<Territory> territory, boolean corrected)
            implements ParsedPostcode {
        public Valid {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(postcode, "postcode");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(territory, "territory");
            if (territory.isPresent() != (kind == PostcodeKind.CROWN_DEPENDENCY || kind == PostcodeKind.OVERSEAS_TERRITORY)
                    || territory.isPresent() && territory.get().kind() != kind) {
                throw new IllegalArgumentException("Territory " + territory + " does not fit kind " + kind);
            }
        }
    }

    /**
     * Not a valid postcode.
     *
     * @param problem what sort of mistake, for code that reacts to it
     * @param message plain English for the user, saying what is wrong
     */
    record Invalid(String input, Problem problem, String message) implements ParsedPostcode {
        public Invalid {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The kinds of mistake the parser explains. */
    enum Problem {
        EMPTY, TOO_SHORT, TOO_LONG, BAD_CHARACTERS, NOT_A_POSTCODE_SHAPE, UNKNOWN_AREA, BAD_OUTWARD,
        BAD_INWARD, BAD_UNIT_LETTERS, AMBIGUOUS
    }
}
