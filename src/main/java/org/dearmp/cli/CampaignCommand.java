package org.dearmp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.batch.report.RepliesFile;
import org.dearmp.batch.report.ResponseFigures;
import org.dearmp.batch.run.BatchRunner;
import org.dearmp.batch.run.ReplyImport;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dear-mp campaign ...}: a campaign's work after its batch of letters. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        subcommands = CampaignCommand.Replies.class)
public final class CampaignCommand implements Runnable {

    /** Done, but some lines of the replies file were not used: the same code as template check's problems. */
    public static final int EXIT_PROBLEMS = TemplateCommand.EXIT_PROBLEMS;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code dear-mp campaign replies DIR --import FILE}: records each line's outcome into the batch's report
     * and writes responses.csv and responses-map.png; lists every line not used, by its line number.
     */
    @Command(name = "replies", mixinStandardHelpOptions = true)
    static final class Replies implements Callable<Integer> {
        private final AppContext context;

        Replies(AppContext context) {
            this.context = context;
        }

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "folder")
        Path folder;

        @Option(names = "--import", paramLabel = "FILE")
        Path replies;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (replies == null) {
                ResponseFigures figures = ReplyImport.figures(folder, context.parliament());
                print(out, figures);
                return DearMpCommand.EXIT_OK;
            }
            ReplyImport.Result result = ReplyImport.run(folder, replies, context.parliament(), context.hexMap(),
                    context.clock());
            for (RepliesFile.Problem problem : result.problems()) {
                out.println(Messages.get("cli.campaign.replies.line", problem.fileRow(), problem.message()));
            }
            long badLines = result.problems().stream().map(RepliesFile.Problem::fileRow).distinct().count();
            out.println(Messages.get("cli.campaign.replies.done", result.goodLines(), badLines));
            print(out, result.figures());
            out.println(Messages.get("cli.campaign.replies.files", result.responses(), result.map(),
                    folder.resolve(BatchRunner.REPORT_FILE)));
            return result.everyLineGood() ? DearMpCommand.EXIT_OK : EXIT_PROBLEMS;
        }

        private static void print(PrintWriter out, ResponseFigures figures) {
            ResponseFigures.Seat t = figures.total();
            out.println(Messages.get("cli.campaign.replies.total", t.letters(), t.count(Outcome.ANSWERED),
                    t.count(Outcome.NOT_ANSWERED), t.count(Outcome.ACKNOWLEDGED), t.count(Outcome.NOT_EXPECTED),
                    t.count(Outcome.NONE), t.noOutcome(), Math.round(t.shareAnswered() * 100)));
            for (ResponseFigures.Seat seat : figures.seats()) {
                out.println(Messages.get("cli.campaign.replies.seat", seat.mp(), seat.constituency(), seat.party(),
                        seat.count(Outcome.ANSWERED), seat.letters()));
            }
        }
    }
}
