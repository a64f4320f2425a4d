package org.dearmp.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.dearmp.letter.Letter;
import org.junit.jupiter.api.Test;

class LetterFontsTest {

    private final LetterFonts fonts = LetterFonts.shared();

    @Test
    void latinGreekAndCyrillicNamesCanAllBePrinted() {
        assertThat(fonts.unprintable("Gwenllian Dŵr, Łukasz Wróblewski, Órfhlaith, Ελένη, Олена Шевченко, £5 – “quoted”"))
                .isEmpty();
    }

    @Test
    void emojiAndChineseAreNamedOnceEachInTheOrderTheyCome() {
        assertThat(fonts.unprintable("Thank you \uD83D\uDE00 \u4F60\u597D \uD83D\uDE00 again\n\t")).isEqualTo("\uD83D\uDE00\u4F60\u597D");
    }

    @Test
    void whatIsNamedUnprintableReallyIsLeftOutOfThePdf() throws Exception {
        Letter letter = SampleLetters.onePage();
        Letter withEmoji = new Letter(letter.sender(), letter.recipient(), letter.date(), letter.subject(),
                letter.salutation(), java.util.List.of(new org.dearmp.letter.LetterBlock.Paragraph("Yes \u4F60\u597D indeed")),
                letter.signOff(), letter.templateId());
        try (PdfInspector pdf = new PdfInspector(new LetterPdfExporter().toBytes(withEmoji))) {
            assertThat(pdf.allText()).contains("Yes").doesNotContain("\u4F60");
        }
    }
}
