package org.dearmp.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextLetterTest {

    private final Letter letter = new Letter(
            new Sender("Łukasz Nowak", List.of("1 High Street", "Leeds"), "LS1 1AA", "lukasz@example.org", "0113 000 0000"),
            new Recipient("Rachel Blake MP", List.of("House of Commons", "London", "SW1A 0AA"), "rachel.blake.mp@parliament.uk",
                    "Cities of London and Westminster"),
            LocalDate.of(2026, 11, 27), "Support for survivors", "Dear Ms Blake,",
            List.of(new LetterBlock.Paragraph("First paragraph."),
                    new LetterBlock.BulletList(List.of("One", "Two")),
                    new LetterBlock.Paragraph("Will you help?")),
            "Yours sincerely,", "survivor-support");

    @Test
    void theBodyIsParagraphsAndDashBulletsSeparatedByBlankLines() {
        assertThat(PlainTextLetter.body(letter)).isEqualTo("First paragraph.\n\n- One\n- Two\n\nWill you help?");
    }

    @Test
    void controlCharactersTypedInGoNeitherIntoTheTextNorTheEmail() {
        // A terminal's clear-screen escape, a bell and a right-to-left override print nothing, and in a .txt or
        // .eml opened raw they would act on whoever reads it.
        Letter hostile = new Letter(new Sender("Evil\u001b[2J\u0007Name\u202eRLO", List.of("1 High\u0000 Street"), "LS1 1AA",
                "", ""), letter.recipient(), letter.date(), letter.subject(), letter.salutation(),
                List.of(new LetterBlock.Paragraph("My story\u001b]0;title\u0007 here.")), letter.signOff(),
                letter.templateId());

        for (String text : List.of(PlainTextLetter.document(hostile), PlainTextLetter.email(hostile))) {
            assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e", "\u0000")
                    .contains("Evil[2JNameRLO", "1 High Street", "My story]0;title here.");
        }
    }

    @Test
    void theDocumentIsLaidOutLikeALetter() {
        assertThat(PlainTextLetter.document(letter)).isEqualTo("""
                Łukasz Nowak
                1 High Street
                Leeds
                LS1 1AA
                lukasz@example.org
                0113 000 0000

                27 November 2026

                Rachel Blake MP
                House of Commons
                London
                SW1A 0AA

                Support for survivors

                Dear Ms Blake,

                First paragraph.

                - One
                - Two

                Will you help?

                Yours sincerely,


                Łukasz Nowak
                """);
    }

    @Test
    void theEmailStartsWithTheSalutationAndSignsOffWithTheWritersAddress() {
        String email = PlainTextLetter.email(letter);
        assertThat(email).startsWith("Dear Ms Blake,\n\nFirst paragraph.")
                .contains("Will you help?\n\nYours sincerely,\n\nŁukasz Nowak\n1 High Street\nLeeds\nLS1 1AA\n")
                .doesNotContain("House of Commons");
    }
}
