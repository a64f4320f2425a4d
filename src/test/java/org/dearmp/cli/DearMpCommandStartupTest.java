package org.dearmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A one-shot run builds only the subcommand it runs; everything else gets the full command line. */
class DearMpCommandStartupTest {

    @Test
    void eachSubcommandCanBeBuiltAlone() {
        CommandLine full = DearMpCommand.commandLine();
        for (String name : full.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = DearMpCommand.commandLineFor(name, "--help");
            assertThat(alone.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(alone.getSubcommands().get(name).getCommand().getClass())
                    .isEqualTo(full.getSubcommands().get(name).getCommand().getClass());
        }
    }

    @Test
    void helpTyposAndNoArgumentsGetEverySubcommand() {
        int all = DearMpCommand.commandLine().getSubcommands().size();
        assertThat(DearMpCommand.commandLineFor().getSubcommands()).hasSize(all);
        assertThat(DearMpCommand.commandLineFor("--help").getSubcommands()).hasSize(all);
        assertThat(DearMpCommand.commandLineFor("looku", "SW1A 0AA").getSubcommands()).hasSize(all);
        assertThat(DearMpCommand.commandLineFor("help").getSubcommands()).hasSize(all);
    }

    @Test
    void theSingleSubcommandRunKeepsExitCodesAndErrorHandling() {
        assertThat(DearMpCommand.commandLineFor("lookup", "hello").execute("lookup", "hello"))
                .isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(DearMpCommand.commandLineFor("lookup").execute("lookup")).isEqualTo(DearMpCommand.EXIT_USAGE);
    }
}
