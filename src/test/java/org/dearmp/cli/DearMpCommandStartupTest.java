package org.dearmp.cli;

import org.dearmp.testsupport.TempUserData;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.dearmp.app.AppContext;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A one-shot run builds only the subcommand it runs; everything else gets the full command line. */
class DearMpCommandStartupTest {

    @RegisterExtension
    final TempUserData userData = new TempUserData();

    @Test
    void eachSubcommandCanBeBuiltAlone() {
        CommandLine full = DearMpCommand.commandLine(userData.context());
        for (String name : full.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = DearMpCommand.commandLineFor(userData.context(), name, "--help");
            assertThat(alone.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(alone.getSubcommands().get(name).getCommand().getClass())
                    .isEqualTo(full.getSubcommands().get(name).getCommand().getClass());
        }
    }

    @Test
    void helpTyposAndNoArgumentsGetEverySubcommand() {
        int all = DearMpCommand.commandLine(userData.context()).getSubcommands().size();
        assertThat(DearMpCommand.commandLineFor(userData.context()).getSubcommands()).hasSize(all);
        assertThat(DearMpCommand.commandLineFor(userData.context(), "--help").getSubcommands()).hasSize(all);
        assertThat(DearMpCommand.commandLineFor(userData.context(), "looku", "SW1A 0AA").getSubcommands()).hasSize(all);
        assertThat(DearMpCommand.commandLineFor(userData.context(), "help").getSubcommands()).hasSize(all);
    }

    @Test
    void theSingleSubcommandRunKeepsExitCodesAndErrorHandling() {
        assertThat(DearMpCommand.commandLineFor(userData.context(), "lookup", "hello").execute("lookup", "hello"))
                .isEqualTo(DearMpCommand.EXIT_INVALID_INPUT);
        assertThat(DearMpCommand.commandLineFor(userData.context(), "lookup").execute("lookup")).isEqualTo(DearMpCommand.EXIT_USAGE);
    }

    /** Start-up speed: a lookup must not read the templates, and listing templates must not load the index. */
    @Test
    void aCommandLoadsOnlyTheDataItNeeds() {
        AppContext lookingUp = AppContext.forFolder(userData.folder(), Clock.systemUTC());
        assertThat(DearMpCommand.commandLineFor(lookingUp, "lookup", "SW1A 0AA").execute("lookup", "SW1A 0AA"))
                .isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(lookingUp.postcodesLoaded()).isTrue();
        assertThat(lookingUp.templatesLoaded()).isFalse();

        AppContext listing = AppContext.forFolder(userData.folder(), Clock.systemUTC());
        assertThat(DearMpCommand.commandLineFor(listing, "templates").execute("templates"))
                .isEqualTo(DearMpCommand.EXIT_OK);
        assertThat(listing.templatesLoaded()).isTrue();
        assertThat(listing.postcodesLoaded()).isFalse();
    }
}
