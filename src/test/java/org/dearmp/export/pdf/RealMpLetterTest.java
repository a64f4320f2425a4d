package org.dearmp.export.pdf;

import org.dearmp.testsupport.TestClocks;
import org.dearmp.testsupport.PdfInspector;
import org.dearmp.testsupport.SampleLetters;

import org.dearmp.export.email.EmailExporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Recipient;
import org.dearmp.parliament.FormsOfAddress;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters addressed from the bundled MP list, as the app addresses them. */
@DataTest
class RealMpLetterTest {

    private static Letter letterTo(Parliament parliament, String constituencyCode) {
        Member mp = parliament.member(constituencyCode).orElseThrow();
        String seat = parliament.constituency(constituencyCode).orElseThrow().name();
        Recipient to = new Recipient(FormsOfAddress.envelopeName(mp), FormsOfAddress.HOUSE_OF_COMMONS, mp.email(), seat);
        return new Letter(SampleLetters.welshSender(), to, LocalDate.of(2026, 11, 27), "Survivors of trafficking",
                FormsOfAddress.salutation(mp),
                List.of(new LetterBlock.Paragraph("I am writing as a constituent in " + seat + "."),
                        new LetterBlock.BulletList(List.of("Fund survivor support.", "Visit a local project."))),
                "Yours sincerely", "fund-survivor-support");
    }

    @Test
    void aLetterToTheMpForWestTyronePrintsHerNameAndOffersNoEmail(@TempDir Path home) throws IOException {
        Parliament parliament = new ParliamentRepository(new AppDataFolder(home)).bundled();
        Letter letter = letterTo(parliament, "N05000018");
        assertThat(letter.recipient().envelopeName()).isEqualTo("Órfhlaith Begley MP");
        try (PdfInspector pdf = new PdfInspector(new LetterPdfExporter(TestClocks.FIXED).toBytes(letter))) {
            String text = pdf.allText().replaceAll("\\s+", " ");
            assertThat(text).contains("Órfhlaith Begley MP", letter.salutation() + ",", "Fund survivor support.",
                    "West Tyrone", SampleLetters.POLISH_NAME, SampleLetters.WELSH_STREET);
        }
        assertThat(EmailExporter.canEmail(letter)).isFalse();
    }

    @Test
    void aLetterToTheMpForYnysMonCanBeEmailed(@TempDir Path home) {
        Parliament parliament = new ParliamentRepository(new AppDataFolder(home)).bundled();
        Letter letter = letterTo(parliament, "W07000112");
        assertThat(EmailExporter.draft(letter).to().address()).isEqualTo("llinos.medi.mp@parliament.uk");
        assertThat(letter.salutation()).isEqualTo("Dear Ms Medi");
    }
}
