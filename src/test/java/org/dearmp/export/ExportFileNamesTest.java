package org.dearmp.export;

import org.dearmp.testsupport.SampleLetters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dearmp.letter.Letter;
import org.dearmp.letter.Recipient;
import org.junit.jupiter.api.Test;

class ExportFileNamesTest {

    @Test
    void namesAreAsciiWithAccentsDroppedAndNothingDangerous() {
        assertThat(ExportFileNames.forLetter(SampleLetters.toMpWithoutEmail(), "pdf"))
                .isEqualTo("letter-to-orfhlaith-begley-mp-2026-11-27.pdf");
        assertThat(ExportFileNames.slug("Łukasz Wróblewski")).isEqualTo("lukasz-wroblewski");
        assertThat(ExportFileNames.slug("The Rt Hon Dŵr Tŷ MP")).isEqualTo("the-rt-hon-dwr-ty-mp");
        assertThat(ExportFileNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(ExportFileNames.slug("=HYPERLINK(\"x\")")).isEqualTo("hyperlink-x");
        assertThat(ExportFileNames.slug("Олена")).isEqualTo("letter");
        assertThat(ExportFileNames.slug("a".repeat(200))).hasSize(60);
    }

    @Test
    void theNameOfferedInTheAppIsReadableAndAsSafeAsTheBatchOnes() {
        Letter base = SampleLetters.toMpWithoutEmail();
        LocalDate saved = LocalDate.of(2026, 11, 30);
        assertThat(ExportFileNames.readableForLetter(base, saved, "pdf"))
                .isEqualTo("Letter to Órfhlaith Begley MP 2026-11-30.pdf");

        Recipient odd = new Recipient("Ann\u202E/../Lee\tMP", base.recipient().addressLines(), null, "West Tyrone");
        Letter toOdd = new Letter(base.sender(), odd, base.date(), base.subject(), base.salutation(), base.body(),
                base.signOff(), base.templateId());
        assertThat(ExportFileNames.readableForLetter(toOdd, saved, "eml"))
                .isEqualTo("Letter to Ann .. Lee MP 2026-11-30.eml");
    }

    @Test
    void batchNamesAreReadableUniqueStemsWithReservedDeviceNamesDefused() {
        ExportFileNames.UniqueNames names = new ExportFileNames.UniqueNames();
        assertThat(names.unique("Siân Jones - Ynys Môn", "x")).isEqualTo("Siân Jones - Ynys Môn");
        assertThat(names.unique("SIÂN JONES - YNYS MÔN", "x")).isEqualTo("SIÂN JONES - YNYS MÔN (2)");
        assertThat(names.unique("lpt1", "x")).isEqualTo("_lpt1");
        assertThat(names.unique("-rf", "x")).isEqualTo("rf");
        assertThat(names.unique("???", "Supporter on row 9")).isEqualTo("Supporter on row 9");
    }
}
