package org.dearmp.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterComposer;
import org.dearmp.letter.LetterRequest;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.LetterTemplate;

/** Letters for the export benchmark: every bundled template, every seat with an MP, writers with accented names. */
public final class ExportBenchLetters {

    private static final String[] NAMES = {"Łukasz Wróblewski", "Siân Ŵyn Rhŷs", "Órfhlaith Ní Bhriain", "Amara Okafor",
        "Zoë Brontë-Smith", "Mohammed Al-Rashid"};

    private ExportBenchLetters() {
    }

    /** {@code count} letters from {@code templates} in turn, to the MPs of {@code parliament} in turn. */
    public static List<Letter> make(Parliament parliament, List<LetterTemplate> templates, int count) {
        List<Constituency> seats = parliament.constituencies();
        LetterComposer composer = new LetterComposer();
        List<Letter> letters = new ArrayList<>(count);
        for (int i = 0; letters.size() < count; i++) {
            Constituency seat = seats.get(i % seats.size());
            Optional<Member> mp = parliament.member(seat.code());
            if (mp.isEmpty()) {
                continue;
            }
            Sender sender = new Sender(NAMES[i % NAMES.length], List.of((i % 200 + 1) + " Heol y Dŵr", seat.name()),
                    "", "writer" + i + "@example.org", "");
            LetterRequest request = LetterRequest.of(templates.get(i % templates.size()), mp.get(), seat, sender,
                            LocalDate.of(2026, 11, 27))
                    .withPoints(List.of("Supporter " + i + " volunteers at a drop-in centre near " + seat.name() + ".",
                            "Local services rely on short-term grants, so they struggle to keep staff."))
                    .withStory("I first learnt about this at a community talk in " + seat.name() + " last year.");
            letters.add(composer.compose(request));
        }
        return letters;
    }
}
