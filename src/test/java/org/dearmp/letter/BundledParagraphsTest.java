package org.dearmp.letter;

import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

/**
 * The bundled templates keep each paragraph on one line, so they wrap evenly in the template editor (and a copy
 * of one wraps like the user's own writing); the letter is the same as when they were wrapped by hand.
 */
@DataTest
class BundledParagraphsTest {
    private static final TemplateLibrary BUNDLED = Bundled.templates();

    @Test
    void everyParagraphOfEveryBundledTemplateIsOneLine() {
        for (LetterTemplate template : BUNDLED.templates()) {
            String[] lines = template.body().split("\n", -1);
            for (int i = 1; i < lines.length; i++) {
                assertThat(prose(lines[i - 1]) && prose(lines[i]))
                        .as("%s, letter lines %d and %d are one paragraph wrapped by hand: \"%s\"", template.id(), i,
                                i + 1, lines[i])
                        .isFalse();
            }
        }
    }

    @Test
    void aLetterIsTheSameWhetherItsParagraphsAreOneLineOrWrapped() {
        LetterComposer composer = new LetterComposer();
        RealMps.Seat seat = RealMps.all().get(0);
        Sender sender = new Sender("Sam Writer", List.of("12 Example Street", "Sampleton"), "SA1 1AA", "", "");
        for (LetterTemplate template : BUNDLED.templates()) {
            LetterTemplate wrapped = new LetterTemplate(template.header(), wrap(template.body(), 60),
                    template.bodyFirstLine(), template.location(), template.bundled());
            assertThat(wrapped.body()).isNotEqualTo(template.body());
            for (List<String> points : List.of(List.<String>of(), List.of("One point.", "Another point."))) {
                String asIs = PlainTextLetter.document(composer.compose(request(template, seat, sender, points)));
                String asWrapped = PlainTextLetter.document(composer.compose(request(wrapped, seat, sender, points)));
                assertThat(asWrapped).as(template.id()).isEqualTo(asIs);
            }
        }
    }

    private static LetterRequest request(LetterTemplate template, RealMps.Seat seat, Sender sender,
                                         List<String> points) {
        return LetterRequest.of(template, seat.member(), seat.constituency(), sender, LocalDate.of(2026, 11, 27))
                .withPoints(points).withStory(points.isEmpty() ? "" : "I volunteer locally.")
                // Every follow-up template names the letter it follows up (first letters ignore it).
                .withFirstLetter(new FirstLetter(LocalDate.of(2026, 11, 2), "Stronger laws", "Will you act?"));
    }

    /** A line of the letter's own words, not a bullet, a blank or a line that is only a section tag. */
    private static boolean prose(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("- ") && !s.startsWith("\u2022 ") && !s.startsWith("{{");
    }

    /** Hard-wraps the prose lines at about {@code width} characters, as the templates used to be written. */
    private static String wrap(String body, int width) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (!prose(line) || line.length() <= width) {
                out.add(line);
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() == 0 ? "" : " ").append(word);
            }
            out.add(current.toString());
        }
        return String.join("\n", out);
    }
}
