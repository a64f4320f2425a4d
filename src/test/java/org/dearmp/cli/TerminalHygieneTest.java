package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the user typed or a file held never reaches the terminal as escape sequences or bidi controls. */
@DataTest
class TerminalHygieneTest {

    private static final String ESCAPE = "\u001b";
    private static final String RIGHT_TO_LEFT_OVERRIDE = "\u202e";

    @TempDir
    Path dir;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private static void assertTerminalSafe(CliRun run) {
        for (String printed : new String[] {run.out(), run.err()}) {
            assertThat(printed).doesNotContain(ESCAPE).doesNotContain(RIGHT_TO_LEFT_OVERRIDE).doesNotContain("\u0007");
        }
    }

    @Test
    void aBatchFileWithEscapeSequencesAndBidiControlsIsReportedWithThemWrittenOut() throws IOException {
        Path csv = dir.resolve("hostile.csv");
        Files.writeString(csv, "Name,Postcode,Email\r\n"
                + "Ann " + ESCAPE + "[2J" + ESCAPE + "]0;owned\u0007Lee,EH1 1YH,not-an-address\r\n"
                + "Rhys Evans,XY" + RIGHT_TO_LEFT_OVERRIDE + "Z 123,\r\n", StandardCharsets.UTF_8);

        CliRun run = userData.run("batch", "--input", csv.toString(), "--template", "stronger-laws",
                "--out", dir.resolve("out").toString(), "--on-problem", "skip");

        assertTerminalSafe(run);
        assertThat(run.out() + run.err()).contains("\\u202e").contains("XY");
    }

    @Test
    void aLookupOfTypedControlCharactersEchoesThemSafely() {
        CliRun run = userData.run("lookup", "SW1A" + ESCAPE + "[31m 0AA");
        assertTerminalSafe(run);
        assertThat(run.out() + run.err()).contains("\\u001b");
    }

    @Test
    void lineBreaksTabsAndWelshLettersPassUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        try (var safe = DearMpCommand.terminalSafe(out)) {
            safe.write("Ynys Môn\tŴ ŷ\nAnnwyl " + RIGHT_TO_LEFT_OVERRIDE + "x" + ESCAPE + "\n");
        }
        assertThat(out.toString()).isEqualTo("Ynys Môn\tŴ ŷ\nAnnwyl \\u202ex\\u001b\n");
    }
}
