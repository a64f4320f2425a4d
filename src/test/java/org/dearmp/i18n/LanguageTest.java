package org.dearmp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language the interface is in: the command line, then the settings, then the system, then English. */
class LanguageTest {
    private static final Locale WELSH_SYSTEM = new Locale("cy", "GB");
    private static final Locale FRENCH_SYSTEM = Locale.FRANCE;

    @Test
    void theCommandLineComesFirst() {
        assertThat(Language.choose("cy", "en", Locale.UK)).isEqualTo(Language.WELSH);
        assertThat(Language.choose("en", "cy", WELSH_SYSTEM)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void thenTheSettings() {
        assertThat(Language.choose(null, "cy", Locale.UK)).isEqualTo(Language.WELSH);
        assertThat(Language.choose(null, "en", WELSH_SYSTEM)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void thenTheSystemWhoseLanguageIsWelsh() {
        assertThat(Language.choose(null, null, WELSH_SYSTEM)).isEqualTo(Language.WELSH);
        assertThat(Language.choose(null, null, new Locale("cy"))).isEqualTo(Language.WELSH);
        assertThat(Language.choose(null, null, Locale.UK)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void otherwiseEnglish() {
        assertThat(Language.choose(null, null, FRENCH_SYSTEM)).isEqualTo(Language.ENGLISH);
        assertThat(Language.choose(null, null, null)).isEqualTo(Language.ENGLISH);
        // A settings file edited by hand to something else is as if no language was saved.
        assertThat(Language.choose(null, "fr", WELSH_SYSTEM)).isEqualTo(Language.WELSH);
        assertThat(Language.choose(null, "", Locale.UK)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void codesAreReadInAnyCase() {
        assertThat(Language.ofCode(" CY ")).contains(Language.WELSH);
        assertThat(Language.ofCode("En")).contains(Language.ENGLISH);
        assertThat(Language.ofCode("welsh")).isEmpty();
        assertThat(Language.ofCode(null)).isEmpty();
        assertThat(Language.WELSH.locale().getLanguage()).isEqualTo("cy");
        assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.UK);
    }
}
