package org.dearmp.cli;

import java.util.concurrent.Callable;
import org.dearmp.core.AppInfo;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Attributions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dear-mp about}: the version and the credits the bundled data requires. */
@Command(name = "about", mixinStandardHelpOptions = true)
final class AboutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(Messages.get("parliament.cli.about", AppInfo.version()));
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println(Attributions.asText());
        return DearMpCommand.EXIT_OK;
    }
}
