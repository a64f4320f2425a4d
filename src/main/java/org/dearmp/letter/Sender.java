package org.dearmp.letter;

import java.util.List;
import java.util.Objects;
import org.dearmp.postcode.PostcodeParser;

/**
 * The person writing. Only the name is required; everything else may be blank. The postcode is kept in
 * its proper form ("CF10 1EP", however it was typed) when it is a valid one, so every letter, preview
 * and file made from a sender shows it so.
 */
public record Sender(String name, List<String> addressLines, String postcode, String email, String phone) {
    public Sender {
        name = Objects.requireNonNullElse(name, "").strip();
        addressLines = addressLines == null ? List.of()
                : addressLines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        postcode = PostcodeParser.tidy(postcode);
        email = Objects.requireNonNullElse(email, "").strip();
        phone = Objects.requireNonNullElse(phone, "").strip();
    }
}
