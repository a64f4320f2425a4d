package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dearmp.testsupport.CampaignFixtures;
import org.dearmp.testsupport.CliRun;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dear-mp campaign replies}: what it prints and its exit codes. */
@DataTest
class CampaignRepliesCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void badLinesAreListedByLineAndExitOne() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        CliRun run = userData.run("campaign", "replies", out.toString(), "--import",
                CampaignFixtures.replies(dir).toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(CampaignCommand.EXIT_PROBLEMS).isEqualTo(1);
        assertThat(run.out())
                .contains("Line 4: This email is on several rows of the report (4, 5): give the Row instead.")
                .contains("Line 5: The report has no row 99.")
                .contains("Line 13: Date \"32/13/2026\" is not a date")
                .contains("Recorded 4 replies; 10 lines had problems and were not used.")
                .contains("Letters: 4; answered 1, not answered 0, acknowledged 1, not expected 0, no reply 1, "
                        + "no outcome yet 1; 25% answered.")
                .contains("  Chris Murray (Edinburgh East and Musselburgh, Labour): 1 of 1 letter answered")
                .contains("Responses: " + out.resolve("responses.csv"))
                .contains("Map: " + out.resolve("responses-map.png"))
                .doesNotContain("example.org");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyLineGoodExitsZeroAndWithoutImportThePrintsTheFiguresAsTheyStand() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        Path replies = CampaignFixtures.write(dir.resolve("good.csv"), "Email,Outcome\nann@example.org,answered\n");
        CliRun run = userData.run("campaign", "replies", out.toString(), "--import", replies.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Recorded 1 reply; no lines had problems.");

        CliRun figures = userData.run("campaign", "replies", out.toString());
        assertThat(figures.exitCode()).isZero();
        assertThat(figures.out()).contains("Letters: 4; answered 1,").contains("25% answered.");
    }

    @Test
    void aFolderThatIsNoBatchOrAFileThatCannotBeReadExitsTwo() throws Exception {
        CliRun noBatch = userData.run("campaign", "replies", dir.toString(), "--import",
                CampaignFixtures.replies(dir).toString());
        assertThat(noBatch.exitCode()).isEqualTo(2);
        assertThat(noBatch.err()).contains("is not a finished batch folder").doesNotContain("Exception");

        Path out = CampaignFixtures.batch(dir);
        CliRun folderAsFile = userData.run("campaign", "replies", out.toString(), "--import", dir.toString());
        assertThat(folderAsFile.exitCode()).isEqualTo(2);
        assertThat(folderAsFile.err()).contains("Could not read the replies file", "is a folder, not a file")
                .doesNotContain("Exception").doesNotContain("..");
    }

    @Test
    void aFolderABatchIsWritingIsRefusedPlainlyAndAFutureDateIsABadLine() throws Exception {
        Path out = CampaignFixtures.batch(dir);
        Path replies = CampaignFixtures.write(dir.resolve("dates.csv"), "Row,Outcome,Date\n2,answered,2126-11-27\n");
        // What a batch run into the folder holds while it writes (BatchFolderLock): an OS lock on this file.
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(out.resolve(".dear-mp-batch.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = lock.lock()) {
            CliRun busy = userData.run("campaign", "replies", out.toString(), "--import", replies.toString());
            assertThat(busy.exitCode()).isEqualTo(2);
            assertThat(busy.err()).contains("is in use right now", "Wait until that finishes")
                    .doesNotContain("Exception");
        }

        CliRun run = userData.run("campaign", "replies", out.toString(), "--import", replies.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(CampaignCommand.EXIT_PROBLEMS);
        assertThat(run.out()).contains("Line 2: Date \"2126-11-27\" is after today (")
                .contains("Recorded no replies; 1 line had a problem and was not used.");
    }

    @Test
    void helpSaysWhatTheFileHoldsAndTheExitCodes() {
        CliRun help = userData.run("campaign", "replies", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--import=FILE", "Row", "Email", "Outcome", "not-expected", "Exit status");
        assertThat(userData.run("campaign", "--help").out()).contains("replies");
    }
}
