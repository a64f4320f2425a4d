package org.dearmp.ui.services;

import org.dearmp.app.AppContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.dearmp.letter.Sender;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.services.ComposedLetter;
import org.dearmp.ui.services.LetterRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's letters, made by the real composer: the advice the letter step shows. */
class DomainLettersTest {

    @TempDir
    Path home;

    private ComposedLetter compose(String story) {
        AppDataFolder data = new AppDataFolder(home);
        Parliament parliament = new ParliamentRepository(data).current();
        Constituency ynysMon = parliament.constituencies().stream().filter(c -> c.name().equals("Ynys Môn")).findFirst()
                .orElseThrow();
        DomainLetters letters = new DomainLetters(AppContext.forFolder(data, Clock.systemUTC()).templates(),
                Clock.systemUTC());
        return letters.compose(new LetterRequest(ynysMon, parliament.member(ynysMon.code()), "stronger-laws",
                new Sender("Siân Evans", List.of("2 Heol y Dŵr"), "LL58 8AA", "", ""), List.of(), story));
    }

    @Test
    void charactersNoFontCanPrintComeFirstInTheAdvice() {
        ComposedLetter letter = compose("My gran was shaken \uD83E\uDEE8 by it");
        assertThat(letter.advice()).isNotEmpty();
        assertThat(letter.advice().get(0)).contains("\uD83E\uDEE8", "No font", "email keeps them");
    }

    @Test
    void chineseArabicDevanagariAndEmojiThatAFallbackFontPrintsRaiseNoSuchAdvice() {
        assertThat(compose("My gran says \u4F60\u597D to everyone \uD83D\uDE00; محمد علي and प्रिया शर्मा agree.").advice())
                .as("printed in an installed fallback font (CI installs fonts-noto-core, fonts-droid-fallback, "
                        + "fonts-symbola)").noneSatisfy(a -> assertThat(a).containsAnyOf("No font", "print"));
    }

    @Test
    void theLetterStepSaysOverOnePageExactlyWhenThePdfIs() {
        // Capitals are wide: an estimate by characters said "fits" for a story the PDF puts on two pages.
        org.dearmp.export.pdf.LetterPdfExporter pdf = new org.dearmp.export.pdf.LetterPdfExporter(org.dearmp.testsupport.TestClocks.FIXED);
        StringBuilder story = new StringBuilder();
        for (int sentences = 1; sentences < 200; sentences++) {
            story.append("WE NEED MORE HELP FOR SURVIVORS HERE. ");
            ComposedLetter letter = compose(story.toString());
            boolean onePage = pdf.pageCount(letter.letter()) == 1;
            assertThat(letter.fitsOnePage()).as("%d sentences", sentences).isEqualTo(onePage);
            if (!onePage) {
                assertThat(letter.advice()).anySatisfy(a -> assertThat(a).contains("runs over one page"));
                return;
            }
        }
        throw new AssertionError("the story never reached a second page");
    }

    @Test
    void welshTextRaisesNoSuchAdvice() {
        assertThat(compose("Dw i'n byw yn Nhŷ Newydd ers deng mlynedd.").advice())
                .noneSatisfy(a -> assertThat(a).contains("No font"));
    }

    @Test
    void theTemplatesInTheLanguageTheAppIsShownInComeFirst() {
        AppDataFolder data = new AppDataFolder(home);
        DomainLetters letters = new DomainLetters(AppContext.forFolder(data, Clock.systemUTC()).templates(),
                Clock.systemUTC());
        assertThat(letters.templates().get(0).id()).isEqualTo("stronger-laws");
        assertThat(letters.templates()).noneMatch(t -> t.id().startsWith("follow-up"));
        org.dearmp.i18n.Language was = org.dearmp.i18n.Messages.language();
        try {
            org.dearmp.i18n.Messages.use(org.dearmp.i18n.Language.WELSH);
            List<String> ids = letters.templates().stream().map(TemplateChoice::id).toList();
            assertThat(ids.subList(0, 4)).containsExactly("stronger-laws-cy", "survivor-support-cy",
                    "written-question-cy", "own-words-cy");
            assertThat(ids).contains("stronger-laws", "own-words");
        } finally {
            org.dearmp.i18n.Messages.use(was);
        }
    }
}
