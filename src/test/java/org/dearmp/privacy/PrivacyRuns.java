package org.dearmp.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.cli.DearMpCommand;

/**
 * A letter and a batch with personal data nobody else would write, so any of it found in a log or a message
 * can only have come from the run.
 */
final class PrivacyRuns {
    static final int EXIT_SKIPPED = DearMpCommand.EXIT_SKIPPED;

    static final String SENDER = "Zebedee Quartermaine";
    static final String SENDER_STREET = "17 Wisteria Crescent";
    static final String SENDER_STORY = "My sister waited nineteen months for her hearing";

    private static final String SHARED_STORY = "I volunteer at the drop-in on Tuesday evenings and I have met women"
            + " who were brought here with promises of work and then sold from flat to flat for years";

    /**
     * Each supporter's first and last name, street, town, postcode and story, made to reach every kind of row
     * notice: a postcode that is no postcode, the same supporter twice, a Northern Ireland postcode (a choice
     * of seats), and two supporters who sent the same words (a near copy).
     */
    static final List<List<String>> SUPPORTERS = List.of(
            List.of("Peregrine", "Fothergill", "42 Larkspur Avenue", "Ystradgynlais", "CF44 9JB",
                    "I met a woman at the shelter who had been sold twice"),
            List.of("Ottoline", "Baskerville", "9 Quillon Terrace", "Llanfairpwll", "LL61 6YY", SHARED_STORY),
            List.of("Thaddeus", "Winterbottom", "3 Marchpane Row", "Nowhere", "XYZ 123",
                    "Our street had a house where the windows never opened"),
            List.of("Peregrine", "Fothergill", "42 Larkspur Avenue", "Ystradgynlais", "CF44 9JB",
                    "I met a woman at the shelter who had been sold twice"),
            List.of("Aurelio", "Pennyfeather", "8 Gantry Lane", "Belfast", "BT1 1AA",
                    "My neighbour's nephew was trafficked through the port"),
            List.of("Mirabel", "Thistlewood", "11 Cobnut Close", "Bolton", "BL3 4AZ", SHARED_STORY));

    private PrivacyRuns() {
    }

    /** Every personal value of the runs: names, streets, stories. */
    static List<String> personalData() {
        List<String> all = new java.util.ArrayList<>(List.of(SENDER, "Quartermaine", SENDER_STREET, "Wisteria",
                SENDER_STORY, "nineteen months"));
        for (List<String> s : SUPPORTERS) {
            all.addAll(List.of(s.get(0), s.get(1), s.get(2), s.get(5).substring(0, 40)));
        }
        return all;
    }

    static String[] letterArgs(String out) {
        return new String[] {"letter", "--postcode", "LL58 8AA", "--template", "own-words", "--name", SENDER,
            "--address", SENDER_STREET, "--address", "Llangoed", "--email", "zq@example.org",
            "--story", SENDER_STORY + ", and nobody told her why.", "--out", out};
    }

    static String[] batchArgs(Path supporters, Path out) {
        return new String[] {"batch", "--input", supporters.toString(), "--template", "own-words",
            "--out", out.toString()};
    }

    static Path supporters(Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("First name,Last name,Address 1,Town,Postcode,Personal message\n");
        for (List<String> s : SUPPORTERS) {
            csv.append(String.join(",", s)).append('\n');
        }
        return Files.writeString(folder.resolve("supporters.csv"), csv, StandardCharsets.UTF_8);
    }
}
