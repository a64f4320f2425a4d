package org.dearmp.letter;

import java.util.List;
import java.util.Objects;

/** The person writing. Only the name is required; everything else may be blank. */
public record Sender(String name, List<String> addressLines, String postcode, String email, String phone) {
    public Sender {
        name = Objects.requireNonNullElse(name, "").strip();
        addressLines = addressLines == null ? List.of()
                : addressLines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        postcode = Objects.requireNonNullElse(postcode, "").strip();
        email = Objects.requireNonNullElse(email, "").strip();
        phone = Objects.requireNonNullElse(phone, "").strip();
    }
}
