package org.dearmp.letter;

import java.util.List;

/**
 * Who the letter goes to, as printed: "Rachel Blake MP", then "House of Commons", "London", "SW1A 0AA".
 *
 * @param email null when the MP has no known email
 */
public record Recipient(String envelopeName, List<String> addressLines, String email, String constituencyName) {
    public Recipient {
        addressLines = List.copyOf(addressLines);
    }
}
