package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code dear-mp templates --language cy} lists the Welsh templates, {@code en} the English ones. */
@DataTest
class TemplatesLanguageOptionTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = DearMpCommand.commandLine(userData.context());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> ids() {
        return out.toString().lines().map(line -> line.split("\\s+")[0]).toList();
    }

    @Test
    void welshListsOnlyTheWelshTemplates() {
        assertThat(run("templates", "--language", "cy")).isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(ids()).containsExactly("stronger-laws-cy", "survivor-support-cy", "written-question-cy",
                "own-words-cy", "follow-up-no-reply-cy", "follow-up-not-answered-cy", "follow-up-thank-you-cy");
        assertThat(out.toString()).contains("Yn fy ngeiriau fy hun");
    }

    @Test
    void englishListsOnlyTheEnglishTemplates() {
        assertThat(run("templates", "--language", "en")).isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(ids()).contains("stronger-laws", "own-words").noneMatch(id -> id.endsWith("-cy"));
    }

    @Test
    void anUnknownLanguageIsSaidPlainly() {
        assertThat(run("templates", "--language", "fr")).isNotEqualTo(DearMpCommand.EXIT_OK);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("--language must be en (English) or cy (Welsh, Cymraeg), not \"fr\".")
                .doesNotContain("Exception");
    }
}
