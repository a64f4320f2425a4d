package org.dearmp.batch.check;

import java.util.Objects;

/** What the organiser decided for a row with a problem. */
public sealed interface Resolution {

    /** No letter for this row; the report says why. */
    record Skip() implements Resolution {
    }

    /** Write the letter anyway (a duplicate the organiser knows about). */
    record Keep() implements Resolution {
    }

    /** Send this row's letter to the MP of the given constituency (GSS code). */
    record Choose(String constituencyCode) implements Resolution {
        public Choose {
            Objects.requireNonNull(constituencyCode, "constituencyCode");
        }
    }
}
