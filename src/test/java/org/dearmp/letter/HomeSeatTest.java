package org.dearmp.letter;

import org.dearmp.testsupport.Bundled;
import org.dearmp.testsupport.RealMps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;

/** A letter never claims a seat its own address contradicts. */
@DataTest
class HomeSeatTest {
    private static final TemplateLibrary BUNDLED = Bundled.templates();
    private static final RealMps.Seat CHORLEY = RealMps.byConstituencyName("Chorley");
    private static final RealMps.Seat CARDIFF_SOUTH = RealMps.byConstituencyName("Cardiff South and Penarth");
    private final Sender cardiff = new Sender("Siân Evans", List.of("4 Heol y Frenhines", "Cardiff"), "cf101ep", "", "");

    private String letter(LetterTemplate template, RealMps.Seat home) {
        LetterRequest request = LetterRequest.of(template, CHORLEY.member(), CHORLEY.constituency(), cardiff,
                LocalDate.of(2026, 11, 27));
        if (home != null) {
            request = request.withHomeSeat(home.constituency());
        }
        return PlainTextLetter.document(new LetterComposer().compose(request));
    }

    @Test
    void aCardiffAddressOnALetterToChorleyNeverSaysTheWriterLivesInChorley() {
        for (LetterTemplate template : BUNDLED.templates()) {
            String text = letter(template, CARDIFF_SOUTH);
            // A Welsh letter names the seat in Welsh: "yn etholaeth De Caerdydd a Phenarth".
            boolean welsh = template.header().language() == org.dearmp.i18n.Language.WELSH;
            assertThat(text).as(template.id()).contains("CF10 1EP")
                    .contains(welsh ? "etholaeth De Caerdydd a Phenarth" : "Cardiff South and Penarth constituency")
                    .doesNotContain("etholaeth Chorley")
                    .doesNotContain("Chorley constituency")
                    .doesNotContain("your constituents");
        }
    }

    @Test
    void withoutAKnownHomeSeatTheLetterNamesTheMpsSeat() {
        assertThat(letter(BUNDLED.require("stronger-laws"), null)).contains("I live in the Chorley constituency");
        assertThat(letter(BUNDLED.require("stronger-laws"), CHORLEY)).contains("I live in the Chorley constituency");
    }
}
