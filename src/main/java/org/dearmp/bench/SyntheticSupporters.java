package org.dearmp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.postcode.LocationMethod;
import org.dearmp.postcode.Postcode;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.store.AtomicFiles;

/**
 * Supporters for benchmarks: real postcodes from the bundled index, accented names and own words that
 * vary, so a batch of them does every lookup and every kind of letter a real batch does.
 */
public final class SyntheticSupporters {

    private static final String[] FIRST = {"Siân", "Gwenllïan", "Dafydd", "Órfhlaith", "Łukasz", "Aisha", "Tom", "Mary",
        "Chidi", "Priya", "Eilidh", "Rhys", "Zofia", "Kwame", "Fiona", "Mohammed", "Ellen", "Jack", "Niamh", "Ifan"};
    private static final String[] LAST = {"Jones", "Ap Dafydd", "Ní Bhriain", "Kowalski", "Khan", "Smith", "Evans",
        "Okafor", "Patel", "MacLeod", "Williams", "Nowak", "Mensah", "Campbell", "Ahmed", "O'Brien", "Brown", "Ŵyn"};
    private static final String[] OPENINGS = {"I volunteer at a drop-in centre", "My sister works as a nurse",
        "I run a small café", "As a teacher", "I grew up near the port", "Our church supports a safe house",
        "I work in hotel housekeeping", "As a taxi driver", "I study law", "I am a retired police officer"};
    private static final String[] SEEN = {"and I have met women who were moved from town to town",
        "and I have seen signs that nobody followed up", "and I have heard how hard it is to get help",
        "and I worry that the people who profit are rarely caught", "and I know how little support survivors get",
        "and I have read the reports about our area", "and I have seen how quickly people disappear"};
    private static final String[] ASKS = {"Please raise this with the minister.", "Please visit a local project.",
        "Please ask a written question.", "Please push for specialist support.", "Please speak in the next debate."};

    private SyntheticSupporters() {
    }

    /** Distinct real postcodes placed exactly in a constituency, spread over the whole country. */
    public static List<Postcode> samplePostcodes(PostcodeIndex index, int n, SplittableRandom random) {
        Postcode[] reservoir = new Postcode[n];
        long[] seen = {0};
        index.forEach((postcode, entry) -> {
            if (entry.method() != LocationMethod.EXACT) {
                return;
            }
            long i = seen[0]++;
            if (i < n) {
                reservoir[(int) i] = postcode;
            } else {
                long j = random.nextLong(i + 1);
                if (j < n) {
                    reservoir[(int) j] = postcode;
                }
            }
        });
        if (seen[0] < n) {
            throw new DearMpException(Messages.get("cli.bench.supporters.tooMany", n, seen[0]));
        }
        List<Postcode> sample = new ArrayList<>(Arrays.asList(reservoir));
        Collections.shuffle(sample, new Random(random.nextLong()));
        return sample;
    }

    /**
     * Writes one supporter per postcode, with a header row, as CSV. Through a temporary file, so a
     * harness that is stopped half way never leaves a short file that a later run would take as whole.
     */
    public static void write(Path csv, List<Postcode> postcodes, SplittableRandom random) throws IOException {
        AtomicFiles.write(csv, out -> {
            // Not closed here: AtomicFiles closes the stream it opened.
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("First name,Last name,Address 1,Town,Postcode,Email,Personal message,Point 1\r\n");
            for (int i = 0; i < postcodes.size(); i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String message = OPENINGS[random.nextInt(OPENINGS.length)] + ", " + SEEN[random.nextInt(SEEN.length)]
                        + ". " + (i % 7 == 0 ? "" : "Last year " + (2 + random.nextInt(40)) + " people in my street signed our petition. ")
                        + ASKS[random.nextInt(ASKS.length)];
                w.write(first + "," + csvCell(last + " " + i) + "," + (1 + random.nextInt(200)) + " High Street,Town,"
                        + postcodes.get(i) + ",supporter" + i + "@example.org," + csvCell(message) + ","
                        + csvCell("My point number " + i) + "\r\n");
            }
            w.flush();
        });
    }

    private static String csvCell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
