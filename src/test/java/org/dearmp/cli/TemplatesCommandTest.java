package org.dearmp.cli;

import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.dearmp.testsupport.Bundled;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import org.dearmp.app.AppContext;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.testsupport.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.template.LetterTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DataTest
class TemplatesCommandTest {

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

    @Test
    void listsEachBundledTemplateOnALineStartingWithItsId() {
        assertThat(run("templates")).isEqualTo(DearMpCommand.EXIT_OK);
        List<String> lines = out.toString().lines().toList();
        List<LetterTemplate> bundled = Bundled.templates().templates();
        assertThat(lines).hasSize(bundled.size());
        for (int i = 0; i < lines.size(); i++) {
            LetterTemplate template = bundled.get(i);
            assertThat(lines.get(i).split("\\s+")[0]).isEqualTo(template.id());
            assertThat(lines.get(i)).contains(template.title()).endsWith(template.ask());
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFolderAddsItsTemplatesAndNamesItsBrokenFilesOnStderr(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.txt"), """
                ---
                id: my-own
                title: My own letter
                subject: Mine
                ask: Will you meet me?
                ---
                {{story}} {{ask}}
                """);
        Files.writeString(dir.resolve("broken.txt"), "---\nid: broken\ntitle: B\nsubject: S\nask: A\n---\n{{mp.nmae}}\n");
        assertThat(run("templates", "--dir", dir.toString())).isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(out.toString().lines().toList()).last().asString().startsWith("my-own ").endsWith("Will you meet me?");
        assertThat(err.toString()).contains("broken.txt:7:1: error: Unknown placeholder {{mp.nmae}}");
    }

    /**
     * A template saved in the user's real data folder (here a temp folder standing in for it, found the way the
     * app finds the real one) must not show in a run on another folder: the run uses only its context's folder.
     */
    @Test
    void aTemplateSavedInTheRealDataFolderDoesNotLeakIntoARunOnAnotherFolder(@TempDir Path real) {
        String previous = System.getProperty("dearmp.home");
        System.setProperty("dearmp.home", real.toString());
        try {
            AppContext realUser = AppContext.forFolder(AppDataFolder.resolveDefault(), Clock.systemUTC());
            UserTemplate copy = realUser.templates().user().duplicate(
                    realUser.templates().bundled().require("stronger-laws"));

            assertThat(run("templates")).isEqualTo(DearMpCommand.EXIT_OK);

            assertThat(out.toString()).doesNotContain(copy.id());
            assertThat(CliRun.in(realUser, "templates").out()).contains(copy.id());
        } finally {
            if (previous == null) {
                System.clearProperty("dearmp.home");
            } else {
                System.setProperty("dearmp.home", previous);
            }
        }
    }
}
