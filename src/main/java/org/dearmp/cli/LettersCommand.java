package org.dearmp.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.i18n.Messages;
import org.dearmp.userdata.LetterHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dear-mp letters}: the letters you sent, what came back, and which need following up. */
@Command(name = "letters", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {LettersReplyCommand.class, LettersCommand.Due.class})
final class LettersCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    LettersCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterHistory history = context.letterHistory();
        print(history.entries(history.today()), json, spec.commandLine().getOut(),
                Messages.get("cli.letters.none"));
        return DearMpCommand.EXIT_OK;
    }

    static void print(List<LetterHistory.Entry> entries, boolean json, PrintWriter out, String whenNone) {
        if (json) {
            LetterHistoryPrinter.json(entries, out);
        } else if (entries.isEmpty()) {
            out.println(whenNone);
        } else {
            LetterHistoryPrinter.text(entries, out);
        }
        out.flush();
    }

    /** {@code dear-mp letters due}: the letters to ask about, or follow up, by a day. */
    @Command(name = "due", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Due implements Callable<Integer> {
        private final AppContext context;

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", converter = CliDates.class)
        LocalDate asOf;

        @Option(names = "--json")
        boolean json;

        Due(AppContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LetterHistory history = context.letterHistory();
            LocalDate day = asOf != null ? asOf : history.today();
            print(history.due(day), json, spec.commandLine().getOut(), Messages.get("cli.letters.noneDue"));
            return DearMpCommand.EXIT_OK;
        }
    }
}
