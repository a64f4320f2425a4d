package org.dearmp.cli;

import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dear-mp batch}: the report on the console and the exit codes. */
@DataTest
class BatchCommandTest {

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

    @Test
    void everyRowWrittenExitsZero() throws IOException {
        Path csv = dir.resolve("ok.tsv");
        Files.writeString(csv, "Name\tPost code\tStory\r\nAnn Lee\tEH1 1YH\tI care about this.\r\n"
                + "Rhys Evans\tLL59 5ER\tSo do I.\r\n", StandardCharsets.UTF_8);
        Path mapping = dir.resolve("mapping.json");
        int code = run("batch", "--input", csv.toString(), "--template", "stronger-laws", "--out",
                dir.resolve("out").toString(), "--sender-org", "Freedom Network", "--save-mapping", mapping.toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Wrote 2 letters", "skipped no rows", "tab-separated",
                "Postcode: column \"Post code\"");
        assertThat(dir.resolve("out/" + org.dearmp.batch.run.BatchRunner.PRINT_FILE)).exists();
        assertThat(Files.readString(mapping)).contains("Post code");
    }

    @Test
    void skippedRowsAreListedAndExitFive() throws IOException {
        Path csv = org.dearmp.testsupport.BatchFixtures.messyCsv(dir);
        int code = run("batch", "--input", csv.toString(), "--template", "stronger-laws", "--out",
                dir.resolve("out").toString());
        assertThat(code).as(out + "\n" + err).isEqualTo(DearMpCommand.EXIT_SKIPPED);
        assertThat(out.toString())
                .contains("Row 7, column \"Postcode\": Postcode \"XYZ 123\"")
                .contains("Row 9, column \"First name\": The same supporter as row 2.")
                .contains("Row 10, column \"First name\": No name")
                .contains("Wrote 5 letters (1 as PDF only")
                .contains("skipped 4 rows");
    }

    @Test
    void unusableInputExitsTwo() throws IOException {
        Path xlsx = dir.resolve("supporters.xlsx");
        Files.write(xlsx, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0});
        assertThat(run("batch", "--input", xlsx.toString(), "--template", "stronger-laws", "--out",
                dir.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("workbook");

        Path noPostcode = dir.resolve("names.csv");
        Files.writeString(noPostcode, "Name,Town\nAnn,Leeds\n");
        assertThat(run("batch", "--input", noPostcode.toString(), "--template", "stronger-laws", "--out",
                dir.resolve("out2").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("postcode");

        assertThat(run("batch", "--input", noPostcode.toString(), "--template", "no-such-template", "--out",
                dir.resolve("out3").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-template").contains("stronger-laws");
    }
}
