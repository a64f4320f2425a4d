package org.dearmp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Welsh bundle whose missing keys are English; one format cache per language; switching is seen at once. */
class MessagesTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static ResourceBundle fallbackBundle(Locale locale) {
        return ResourceBundle.getBundle("org.dearmp.i18n.fallback", locale, Messages.FallBackToEnglish.INSTANCE);
    }

    @Test
    void aKeyTheWelshLacksIsShownInEnglish() {
        ResourceBundle welsh = fallbackBundle(Language.WELSH.locale());
        assertThat(welsh.getString("greeting")).isEqualTo("Shwmae");
        assertThat(welsh.getString("onlyInEnglish")).isEqualTo("Only in English");
        assertThat(welsh.getLocale().getLanguage()).isEqualTo("cy");
    }

    @Test
    void englishNeverReadsTheWelshNorTheSystemDefault() {
        Locale before = Locale.getDefault();
        try {
            // A Welsh system must not make the English bundle fall through to the Welsh one.
            Locale.setDefault(Language.WELSH.locale());
            ResourceBundle english = fallbackBundle(Locale.UK);
            assertThat(english.getString("greeting")).isEqualTo("Hello");
            assertThat(english.getLocale()).isEqualTo(Locale.UK);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theWelshBundleOfTheAppHasTheEnglishAsItsParent() {
        // Whether or not messages_cy.properties exists, every English key can be read in Welsh.
        ResourceBundle welsh = Messages.bundleOf(Language.WELSH);
        for (String key : Messages.bundleOf(Language.ENGLISH).keySet()) {
            assertThat(welsh.containsKey(key)).as(key).isTrue();
        }
    }

    @Test
    void switchingLanguageIsSeenByTheNextMessage() {
        Messages.use(Language.WELSH);
        assertThat(Messages.language()).isEqualTo(Language.WELSH);
        assertThat(Messages.locale().getLanguage()).isEqualTo("cy");
        assertThat(Messages.bundle().getLocale().getLanguage()).isIn("cy", "en");
        Messages.use(Language.ENGLISH);
        assertThat(Messages.get("ui.menu.language.cy")).isEqualTo("_Cymraeg");
        assertThat(Messages.get("cli.value.list", "a", "b")).isEqualTo("a or b");
        assertThat(Messages.locale()).isEqualTo(Locale.UK);
    }

    @Test
    void eachLanguageFormatsWithItsOwnPattern() {
        // The same key formatted in both languages: a format cache shared across languages would give one
        // language the other's pattern.
        String english = Messages.in(Language.ENGLISH, "ui.language.nextStart.cy");
        assertThat(Messages.in(Language.ENGLISH, "cli.language.bad", "--language", "fr"))
                .isEqualTo("--language needs cy (Cymraeg) or en (English): \"fr\" is neither.");
        assertThat(english).startsWith("Dear MP will be in Welsh");
        Messages.use(Language.WELSH);
        String welsh = Messages.get("cli.language.bad", "--language", "fr");
        assertThat(welsh).contains("\"fr\"");
        if (Messages.bundleOf(Language.WELSH).getLocale().getLanguage().equals("cy")) {
            assertThat(welsh).isNotEqualTo(Messages.in(Language.ENGLISH, "cli.language.bad", "--language", "fr"));
        }
    }

    @Test
    void manyThreadsFormatWhileTheLanguageChanges() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String text = Messages.in(Language.ENGLISH, "cli.value.atLeast", "--workers", 1, "0");
                        if (!text.equals("--workers needs a whole number of at least 1: \"0\" is too small.")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (int i = 0; i < 200; i++) {
                Messages.use(i % 2 == 0 ? Language.WELSH : Language.ENGLISH);
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
