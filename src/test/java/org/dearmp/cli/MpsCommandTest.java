package org.dearmp.cli;

import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.TempUserData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MpsCommandTest {
    private static final Path REAL_EXTRACT = Path.of(System.getProperty("dearmp.data", "../shared/data"),
            "parliament", "dfe_mp_lookup_2026-06-27.csv");

    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void statusNamesTheBundledListAndItsDate() {
        CliRun run = userData.run("mps", "status");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("MP list in use: UK Parliament Members API").contains("as of 27 June 2026")
                .contains("650 seats, none vacant")
                .doesNotContain("Imported list kept at");
    }

    @Test
    void statusSaysHowOldTheListIsAndWhichSeatsNeedCare() {
        CliRun run = userData.run("mps", "status");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Age of the list: (from today|\\d+ days?|\\d+ months?( and \\d+ days?)?) ")
                .contains("Seats that need care when you write:")
                .contains("  The Speaker, who is neutral and does not take up campaigns (1): Chorley (Sir Lindsay Hoyle)")
                .containsPattern("Sinn Féin MPs, who do not take their seats \\(7\\): .*Belfast West \\(Paul Maskey\\)")
                .containsPattern("MPs with no email address known: write by post \\(\\d+\\): ")
                .doesNotContain("Vacant seats, with no MP");
    }

    @Test
    void theAgeOfAListIsInDaysThenMonths() {
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 6, 27);
        assertThat(MpsCommand.Status.age(asOf, asOf)).isEqualTo("from today");
        assertThat(MpsCommand.Status.age(asOf, asOf.plusDays(1))).isEqualTo("1 day");
        assertThat(MpsCommand.Status.age(asOf, java.time.LocalDate.of(2026, 7, 20))).isEqualTo("23 days");
        assertThat(MpsCommand.Status.age(asOf, java.time.LocalDate.of(2026, 7, 27))).isEqualTo("1 month");
        assertThat(MpsCommand.Status.age(asOf, java.time.LocalDate.of(2026, 12, 1))).isEqualTo("5 months and 4 days");
        assertThat(MpsCommand.Status.age(asOf, java.time.LocalDate.of(2027, 7, 28))).isEqualTo("13 months and 1 day");
    }

    @Test
    void importingANewerListPrintsTheChangedSeatsAndIsThenInUse() throws IOException {
        List<String> lines = Files.readAllLines(REAL_EXTRACT, StandardCharsets.UTF_8);
        lines.replaceAll(l -> l.replace("\"Rachel Blake MP\",\"Rachel Blake\"", "\"Vacant\",\"Vacant\""));
        Path newer = Files.write(temp.resolve("dfe_mp_lookup_2026-11-01.csv"), lines, StandardCharsets.UTF_8);

        CliRun run = userData.run("mps", "import", newer.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported the MP list of 1 November 2026")
                .contains("1 seat has a different MP or party:")
                .contains("Cities of London and Westminster: Rachel Blake (Labour (Co-op)) → vacant");
        assertThat(userData.run("mps", "status").out()).contains("as of 1 November 2026")
                .contains("Imported list kept at")
                .contains("  Vacant seats, with no MP until a by-election (1): Cities of London and Westminster\n");
    }

    @Test
    void aBrokenListIsRefusedWithEveryProblem() throws IOException {
        List<String> lines = Files.readAllLines(REAL_EXTRACT, StandardCharsets.UTF_8);
        Path broken = Files.write(temp.resolve("dfe_mp_lookup_2026-11-01.csv"), lines.subList(0, 650),
                StandardCharsets.UTF_8);

        CliRun run = userData.run("mps", "import", broken.toString());

        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("cannot be used (2 problems)")
                .contains("The list has 649 seats; a complete list has 650.")
                .contains("Missing seat: Ynys Môn (W07000112).");
        assertThat(userData.run("mps", "status").out()).contains("as of 27 June 2026");
    }

    @Test
    void aListWithFarMoreRowsThanSeatsIsRefusedAtTheRowLimitNotReadToItsEnd() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(REAL_EXTRACT, StandardCharsets.UTF_8));
        for (int i = 0; i < 2_000; i++) {
            lines.add(lines.get(1));
        }
        Path huge = Files.write(temp.resolve("dfe_mp_lookup_2026-11-01.csv"), lines, StandardCharsets.UTF_8);
        // Past the limit, a byte that is not UTF-8: read whole first, the file would be refused for that instead.
        Files.write(huge, new byte[] {(byte) 0xc3, (byte) 0x28, '\n'}, java.nio.file.StandardOpenOption.APPEND);

        CliRun run = userData.run("mps", "import", huge.toString());

        assertThat(run.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("cannot be used (1 problem)")
                .contains("The file has more than 2,000 rows, so it was not read further: an MP list has one row for each of the 650 seats.")
                .doesNotContain("UTF-8");
        assertThat(userData.run("mps", "status").out()).contains("as of 27 June 2026");
    }

    @Test
    void theListKeptIsTheFileImportedByteForByte() throws IOException {
        byte[] original = Files.readAllBytes(REAL_EXTRACT);
        Path newer = Files.write(temp.resolve("dfe_mp_lookup_2026-11-01.csv"), original);

        CliRun run = userData.run("mps", "import", newer.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(userData.folder().root().resolve("mp-lists").resolve("dfe_mp_lookup_2026-11-01.csv"))
                .hasBinaryContent(original);
    }

    @Test
    void aboutListsEveryDataSource() {
        CliRun run = userData.run("about");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Open Parliament Licence v3.0").contains("Royal Mail copyright")
                .contains("Open Innovations (CC BY 4.0)").contains("Food Standards Agency").contains("mySociety");
    }
}
