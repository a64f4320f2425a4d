package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dear-mp batch} with an Iaith column: the column is named, a bad value is listed, a one-language campaign is said. */
@DataTest
class BilingualBatchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    private int run(String... args) {
        CommandLine cl = DearMpCommand.commandLine(userData.context());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path supporters() throws Exception {
        Path csv = dir.resolve("cefnogwyr.csv");
        Files.writeString(csv, "Name,Postcode,Iaith,Story\n"
                + "Siân Owen,CF23 5EF,Cymraeg,Rwy'n poeni am hyn.\n"
                + "Tom Hughes,LL58 8NY,English,I care about this.\n"
                + "Yann Le Goff,SA14 6LU,brezhoneg,Ma c'halon.\n", StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void welshAndEnglishLettersFromOneCampaignAndTheBadLanguageRowListed() throws Exception {
        Path letters = dir.resolve("out");
        int code = run("batch", "--input", supporters().toString(), "--template", "stronger-laws", "--out",
                letters.toString());

        assertThat(code).isEqualTo(DearMpCommand.EXIT_SKIPPED);
        assertThat(out.toString()).contains("Iaith")
                .contains("Row 4, column \"Iaith\": Language \"brezhoneg\" is not one letters are written in")
                .contains("or leave it blank for the template's own language.")
                .doesNotContain("Note: the file has a language column");
        assertThat(letters.resolve("letters/Siân Owen - Cardiff East.eml")).exists();
        assertThat(Files.readString(letters.resolve("letters/Siân Owen - Cardiff East.eml"), StandardCharsets.US_ASCII))
                .contains("Subject: Dwyn masnachwyr rhyw i gyfrif\r\n");
        assertThat(Files.readString(letters.resolve("letters/Tom Hughes - Ynys Môn.eml"), StandardCharsets.US_ASCII))
                .contains("Subject: Holding sex traffickers to account\r\n");
    }

    @Test
    void aCampaignWithNoWelshTemplateIsSaidBeforeWriting() throws Exception {
        run("batch", "--input", supporters().toString(), "--template", "visit-local-projects", "--out",
                dir.resolve("out").toString());
        assertThat(out.toString()).contains("Note: the file has a language column (Iaith), but the template "
                + "visit-local-projects has no partner in the other language (a template with \"campaign: "
                + "visit-local-projects\"), so every letter is written in the template's own language.");
    }
}
