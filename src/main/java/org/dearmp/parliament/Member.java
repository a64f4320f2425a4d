package org.dearmp.parliament;

import java.util.Objects;
import java.util.Optional;

/**
 * A sitting Member of Parliament as the Members API describes them.
 *
 * @param fullTitle   e.g. "Rt Hon Sir Lindsay Hoyle MP"
 * @param displayName e.g. "Sir Lindsay Hoyle"
 * @param email       null when the data has none
 */
public record Member(int memberId, String fullTitle, String displayName, String party, String email, Gender gender) {

    public Member {
        Objects.requireNonNull(fullTitle, "fullTitle");
        Objects.requireNonNull(displayName, "displayName");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("Member " + memberId + " has no name");
        }
        party = party == null ? "" : party.strip();
        email = email == null || email.isBlank() || !email.contains("@") ? null : email.strip();
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }
}
