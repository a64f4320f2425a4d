package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dear-mp letter}: the writer's postcode in its proper form, and the Speaker's ask. */
class LetterCommandSenderTest {
    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private String letter(String postcode, String template) throws IOException {
        Path txt = temp.resolve(template + ".txt");
        CliRun run = userData.run("letter", "--postcode", postcode, "--template", template, "--name", "Sam Jones",
                "--address", "1 Market Street", "--format", "txt", "--out", txt.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return Files.readString(txt);
    }

    @Test
    void aPostcodeTypedAnyOldWayIsPrintedInItsProperForm() throws IOException {
        assertThat(letter("ll588aa", "own-words")).contains("1 Market Street\nLL58 8AA\n").doesNotContain("ll588aa");
    }

    @Test
    void aLetterToTheSpeakerAsksForTheMinistersReply() throws IOException {
        assertThat(letter("pr7 1ab", "survivor-support")).contains("PR7 1AB", "Dear Sir Lindsay,",
                "as Speaker you do not take part in campaigns or votes").doesNotContain("Will you press the Home Office");
    }
}
