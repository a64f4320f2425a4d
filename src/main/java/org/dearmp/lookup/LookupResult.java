package org.dearmp.lookup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MemberNote;
import org.dearmp.postcode.Postcode;

/** Every way a postcode lookup can end; each carries a plain-English message for the user. */
public sealed interface LookupResult {

    String input();

    String message();

    Status status();

    enum Status { FOUND, CHOOSE, NO_LOCATION, NOT_REPRESENTED, INVALID }

    /** How sure we are of a found constituency. */
    enum Certainty {
        /** The postcode's centre lies in the constituency. */
        EXACT,
        /** A newer postcode given the seat of its nearest older neighbour. */
        NEAREST
    }

    /** Why the user must choose. */
    enum ChooseReason {
        /** Not in the data: created after the data was made, or terminated. */
        UNKNOWN_POSTCODE,
        /** Northern Ireland: only a rough sector table is available. */
        NORTHERN_IRELAND
    }

    record Found(String input, Postcode postcode, Constituency constituency, Optional<Member> member,
                 Certainty certainty, List<Candidate> alternatives, String message) implements LookupResult {
        public Found {
            Objects.requireNonNull(postcode);
            Objects.requireNonNull(constituency);
            member = member == null ? Optional.empty() : member;
            alternatives = List.copyOf(alternatives);
        }

        public Status status() {
            return Status.FOUND;
        }

        /** The same answer without its sentence, for callers that keep many answers and never show them. */
        public Found withoutMessage() {
            return new Found(input, postcode, constituency, member, certainty, alternatives, "");
        }

        /** What a letter writer must know about this MP: the Speaker, a vacant seat, no email... */
        public List<MemberNote> notes() {
            return MemberNote.of(member);
        }
    }

    record Choose(String input, Postcode postcode, ChooseReason reason, List<Candidate> candidates, String message)
            implements LookupResult {
        public Choose {
            Objects.requireNonNull(postcode);
            Objects.requireNonNull(reason);
            candidates = List.copyOf(candidates);
        }

        public Status status() {
            return Status.CHOOSE;
        }
    }

    record NoLocation(String input, Postcode postcode, String message) implements LookupResult {
        public Status status() {
            return Status.NO_LOCATION;
        }
    }

    record NotRepresented(String input, Postcode postcode, String territory, String message) implements LookupResult {
        public Status status() {
            return Status.NOT_REPRESENTED;
        }
    }

    record Invalid(String input, String message) implements LookupResult {
        public Status status() {
            return Status.INVALID;
        }
    }
}
