package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dear-mp letter --address-postcode}: the app's seat check (SeatCheck) on the command line. An address
 * surely in another seat than the MP's is a warning on standard error, in the interface's language; the letter
 * is still written, with the writer's own postcode, and says where they live.
 */
@DataTest
class LetterAddressSeatTest {
    @TempDir
    Path temp;
    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private CliRun letter(String addressPostcode, String... before) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(before));
        args.addAll(java.util.List.of("letter", "--postcode", "LL58 8AA", "--address-postcode", addressPostcode,
                "--template", "own-words", "--name", "Sam Jones", "--address", "1 Market Street", "--format", "txt",
                "--out", temp.resolve("letter.txt").toString(), "--no-history"));
        return userData.run(args.toArray(String[]::new));
    }

    @Test
    void anAddressInAnotherSeatIsAWarningAndTheLetterIsStillWritten() throws Exception {
        CliRun run = letter("eh11yh");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains("Warning: your address postcode EH1 1YH is in Edinburgh East and "
                + "Musselburgh, but this letter is to the MP for Ynys Môn. MPs usually take up letters only from "
                + "people who live in their constituency: to write to your own MP, use --postcode EH1 1YH.");
        assertThat(Files.readString(temp.resolve("letter.txt"))).contains("1 Market Street\nEH1 1YH\n", "Llinos Medi")
                .doesNotContain("LL58 8AA");
    }

    @Test
    void anAddressInNorthernIrelandOrJerseyIsAWarningToo() {
        // No Great Britain seat holds them, so a letter to the MP for Ynys Môn is surely not to the writer's own.
        CliRun belfast = letter("BT1 1AA");
        assertThat(belfast.exitCode()).as(belfast.err()).isZero();
        assertThat(belfast.err()).contains("Warning: your address postcode BT1 1AA is in Northern Ireland, but this "
                + "letter is to the MP for Ynys Môn.");

        CliRun jersey = letter("JE2 4WE");
        assertThat(jersey.exitCode()).as(jersey.err()).isZero();
        assertThat(jersey.err()).contains("Warning: your address postcode JE2 4WE is in Jersey, but this letter is "
                + "to the MP for Ynys Môn.");

        CliRun forces = letter("BF1 3AA");
        assertThat(forces.err()).as("a forces address keeps its home MP").doesNotContain("Warning");

        CliRun welsh = letter("BT1 1AA", "--language", "cy");
        assertThat(welsh.err()).contains("BT1 1AA", "Gogledd Iwerddon", "Ynys Môn").doesNotContain("Warning");
    }

    @Test
    void anAddressInTheMpsSeatSaysNothing() throws Exception {
        CliRun run = letter("LL59 5ER");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).doesNotContain("Warning");
        assertThat(Files.readString(temp.resolve("letter.txt"))).contains("1 Market Street\nLL59 5ER\n");
    }

    @Test
    void anAddressPostcodeInTwoWordsIsOnePostcodeAndOneThatIsNoPostcodeIsRefused() throws Exception {
        CliRun split = userData.run("letter", "--postcode", "LL58 8AA", "--address-postcode", "EH1", "1YH",
                "--template", "own-words", "--name", "Sam Jones", "--address", "1 Market Street", "--format", "txt",
                "--out", temp.resolve("split.txt").toString(), "--no-history");
        assertThat(split.exitCode()).as(split.out() + split.err()).isZero();
        assertThat(split.err()).contains("Warning: your address postcode EH1 1YH is in Edinburgh East");

        CliRun bad = letter("XYZ 123");
        assertThat(bad.exitCode()).isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(bad.err()).startsWith("Your address postcode cannot be used: \"XYZ 123\" is not a postcode")
                .endsWith("Correct it, or leave out --address-postcode.\n").doesNotContain("Exception");
        assertThat(temp.resolve("letter.txt")).doesNotExist();
    }

    @Test
    void theWarningIsInWelshInAWelshRun() {
        CliRun run = letter("EH1 1YH", "--language", "cy");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains(Messages.in(Language.WELSH, "cli.letter.otherSeat", "EH1 1YH",
                "Edinburgh East and Musselburgh", "Ynys Môn")).contains("Rhybudd: mae cod post eich cyfeiriad");
    }
}
