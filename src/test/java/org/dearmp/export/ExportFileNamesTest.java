package org.dearmp.export;

import org.dearmp.testsupport.SampleLetters;

import static org.assertj.core.api.Assertions.assertThat;

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
}
