package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code --help} and {@code help JOB} in the language chosen: Welsh headings and texts under --language cy. */
class WelshHelpTest {
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    /** As the real command line runs: built for the one job named when there is one. */
    private String oneJobPath(String... args) {
        StringWriter out = new StringWriter();
        CommandLine line = DearMpCommand.commandLineFor(userData.context(), args);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        assertThat(line.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void theLetterHelpIsWelshOnBothPaths() {
        for (String help : java.util.List.of(userData.run("--language", "cy", "letter", "--help").out(),
                oneJobPath("--language", "cy", "letter", "--help"),
                userData.run("--language", "cy", "help", "letter").out())) {
            assertThat(help).startsWith("Defnydd: dear-mp letter ")
                    .contains("Ysgrifennu llythyr at eich AS o dempled a'ch pwyntiau eich hun")
                    .contains("--postcode=POSTCODE   Eich cod post: mae'n dod o hyd i'ch AS.")
                    .contains("Dangos y cymorth hwn a gorffen.", "Dangos rhif y fersiwn a gorffen.")
                    .contains("Dangos hefyd beth mae Dear MP yn ei wneud")
                    .doesNotContain("Usage:").doesNotContain("Your postcode").doesNotContain("Show this help");
        }
    }

    @Test
    void theTopHelpListsTheJobsInWelsh() {
        String help = userData.run("--language", "cy", "--help").out();
        assertThat(help).startsWith("Defnydd: dear-mp ").contains("Gorchmynion:")
                .contains("Ysgrifennu at eich AS: dod o hyd iddyn nhw o god post")
                .contains("help       Dangos y cymorth ar gyfer gorchymyn.")
                .contains("Iaith yr hyn y mae'r gorchymyn yn ei ddangos")
                .doesNotContain("Commands:").doesNotContain("Write to your MP").doesNotContain("bench");
        assertThat(userData.run("--language", "cy", "letters", "--help").out()).contains("Gorchmynion:")
                .contains("reply  Cofnodi ateb eich AS i lythyr");
    }

    @Test
    void englishStaysEnglish() {
        String help = oneJobPath("letter", "--help");
        assertThat(help).startsWith("Usage: dear-mp letter ")
                .contains("--postcode=POSTCODE   Your postcode: it finds your MP.")
                .contains("Show this help message and exit.").doesNotContain("Defnydd");
        CliRun top = userData.run("--language", "en", "--help");
        assertThat(top.out()).contains("Commands:").contains("Write to your MP: find them from a postcode");
    }

    @Test
    void theSavedLanguageGivesTheWelshHelpToo() throws Exception {
        new org.dearmp.userdata.SettingsStore(userData.folder())
                .save(org.dearmp.userdata.Settings.defaults().withLanguage("cy"));
        assertThat(oneJobPath("lookup", "--help")).startsWith("Defnydd: dear-mp lookup ")
                .contains("Dod o hyd i'r etholaeth a'r AS");
    }
}
