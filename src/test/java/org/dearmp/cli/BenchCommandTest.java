package org.dearmp.cli;

import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.dearmp.testsupport.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dearmp.testsupport.BenchTest;
import org.dearmp.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command runs end to end on the bundled index; its figures are for people, not asserted. */
@BenchTest
@DataTest
class BenchCommandTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void benchIndexPrintsEveryFigure() {
        CommandLine cl = DearMpCommand.commandLine(userData.context());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        int exit = cl.execute("bench", "index", "--lookups", "2000", "--loads", "2");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Size on disk:").contains("1,745,849 postcodes")
                .contains("Load: cold").contains("Heap held by the index:")
                .contains("Lookup (find) of 2,000 random real postcodes: median")
                .contains("Parse what was typed + find");
    }

    @Test
    void benchIsLeftOutOfTheUsersListOfCommandsButStillRuns() {
        CliRun help = userData.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("lookup", "letter", "batch").doesNotContainPattern("(?m)^\\s+bench\\b");

        CliRun benchHelp = userData.run("bench", "--help");
        assertThat(benchHelp.exitCode()).isZero();
        assertThat(benchHelp.out()).contains("Usage: dear-mp bench", "index", "batch");
    }
}
