package org.dearmp.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dear-mp}: the command line. Each job is a subcommand. */
@Command(name = "dear-mp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write to your MP: find them from a postcode, write a letter, send it.",
        subcommands = {
            CommandLine.HelpCommand.class,
            LookupCommand.class,
            BenchCommand.class,
            TemplatesCommand.class,
            AboutCommand.class,
            MpsCommand.class,
            LetterCommand.class,
        })
public final class DearMpCommand implements Runnable {

    /** Exit codes shared by the subcommands. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    /** A postcode (or a file) that is not valid: the same code as a usage error. */
    public static final int EXIT_INVALID_INPUT = EXIT_USAGE;
    public static final int EXIT_CHOOSE = 3;
    public static final int EXIT_NO_MP = 4;
    public static final int EXIT_SKIPPED = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DearMpCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println(e instanceof org.dearmp.DearMpException ? e.getMessage() : "Error: " + e);
            return EXIT_USAGE;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
