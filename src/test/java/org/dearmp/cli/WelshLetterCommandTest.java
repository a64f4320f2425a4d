package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dear-mp letter --template own-words-cy}: a Welsh letter from the command line, to the MP for Ynys Môn. */
@DataTest
class WelshLetterCommandTest {
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @TempDir
    Path dir;

    @Test
    void aWelshTemplateWritesAWelshLetter() throws Exception {
        Path file = dir.resolve("llythyr.txt");
        CliRun run = userData.run("letter", "--postcode", "LL58 8AA", "--template", "own-words-cy", "--name",
                "Gwenllïan Ŵyn", "--story", "Mae'r mater hwn yn bwysig i mi ac i'm cymuned.", "--format", "txt",
                "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Llinos Medi AS\nTŷ'r Cyffredin\nLlundain\nSW1A 0AA\n")
                .contains("Annwyl Ms Medi,", "Rwy'n byw yn etholaeth Ynys Môn.", "Yn gywir,", "Gwenllïan Ŵyn")
                .doesNotContain("Dear ", "Yours sincerely");
    }
}
