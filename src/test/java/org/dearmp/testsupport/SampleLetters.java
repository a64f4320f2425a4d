package org.dearmp.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dearmp.letter.Letter;
import org.dearmp.letter.LetterBlock;
import org.dearmp.letter.Recipient;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.FormsOfAddress;

/** Letters to real MPs (from ../shared/data/parliament/mps_2026-06-27.csv) by writers with names that need Unicode. */
public final class SampleLetters {

    public static final String WELSH_STREET = "2 Heol y Dŵr";
    public static final String POLISH_NAME = "Łukasz Wróblewski";
    public static final String IRISH_MP = "Órfhlaith Begley MP";

    private SampleLetters() {
    }

    public static Sender welshSender() {
        return new Sender(POLISH_NAME, List.of(WELSH_STREET, "Tŷ Newydd", "Llangefni"), "LL77 7PP",
                "lukasz.w@example.org", "01248 000000");
    }

    /** To Llinos Medi, MP for Ynys Môn, who has an email address. */
    public static Recipient llinosMedi() {
        return new Recipient("Llinos Medi MP", FormsOfAddress.HOUSE_OF_COMMONS, "llinos.medi.mp@parliament.uk", "Ynys Môn");
    }

    /** Órfhlaith Begley, MP for West Tyrone, has no email address in the data. */
    public static Recipient orfhlaithBegley() {
        return new Recipient(IRISH_MP, FormsOfAddress.HOUSE_OF_COMMONS, null, "West Tyrone");
    }

    public static Letter onePage() {
        return new Letter(welshSender(), llinosMedi(), LocalDate.of(2026, 11, 27),
                "Please visit a local project supporting survivors of trafficking", "Dear Ms Medi,",
                List.of(
                        new LetterBlock.Paragraph("I am writing to you as a constituent in Ynys Môn about modern slavery and "
                                + "human trafficking, and in particular about how we support the people who survive it."),
                        new LetterBlock.Paragraph("Three things matter most to me:"),
                        new LetterBlock.BulletList(List.of(
                                "Survivors need safe accommodation and specialist support for as long as they need it, "
                                        + "not only for the first few weeks after they are identified.",
                                "Frontline staff in health, policing and councils should be trained to spot the signs.",
                                "I met Órfhlaith at a drop-in in Holyhead; she told me how little help there was.")),
                        new LetterBlock.Paragraph("Would you visit a local project that supports survivors, and tell me what "
                                + "you will do to press for long-term support for them? I would be glad of your reply.")),
                "Yours sincerely,", "visit-local-projects");
    }

    /** Long enough to run onto a second page. */
    public static Letter twoPages() {
        List<LetterBlock> body = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            body.add(new LetterBlock.Paragraph("Paragraph " + i + ". The Modern Slavery Act 2015 gave the courts new "
                    + "powers, and I would like to know how they are being used where we live, how many victims have "
                    + "been referred for support, and what more Parliament could do to make sure that nobody in Ynys Môn "
                    + "is exploited in this way. I would be grateful for a considered reply."));
            if (i == 4) {
                body.add(new LetterBlock.BulletList(List.of("Stronger sentences for traffickers.",
                        "Funding for survivor support.", "Traffick-free public procurement.")));
            }
        }
        return new Letter(welshSender(), llinosMedi(), LocalDate.of(2026, 11, 27),
                "Modern slavery in Ynys Môn", "Dear Ms Medi,", body, "Yours sincerely,", "own-words");
    }

    public static Letter toMpWithoutEmail() {
        Letter base = onePage();
        return new Letter(base.sender(), orfhlaithBegley(), base.date(), base.subject(), "Dear Ms Begley,",
                base.body(), base.signOff(), base.templateId());
    }
}
