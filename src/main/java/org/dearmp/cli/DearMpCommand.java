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
            TemplateCommand.class,
            AboutCommand.class,
            MpsCommand.class,
            LetterCommand.class,
            BatchCommand.class,
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
        return configure(new CommandLine(new DearMpCommand()));
    }

    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /**
     * The command line for one run. When the first argument names a subcommand, only that one is
     * built: picocli inspects every subcommand's fields reflectively, loading the classes they use,
     * which would cost a one-shot run such as {@code dear-mp lookup SW1A 0AA} hundreds of milliseconds.
     * Anything else (no arguments, {@code --help}, a typo) gets the full command line.
     */
    static CommandLine commandLineFor(String... args) {
        if (args.length == 0) {
            return commandLine();
        }
        for (Class<?> type : DearMpCommand.class.getAnnotation(Command.class).subcommands()) {
            Command sub = type.getAnnotation(Command.class);
            if (sub != null && !type.equals(CommandLine.HelpCommand.class)
                    && (sub.name().equals(args[0]) || java.util.Arrays.asList(sub.aliases()).contains(args[0]))) {
                CommandLine.Model.CommandSpec root = CommandLine.Model.CommandSpec.wrapWithoutInspection(
                        new DearMpCommand());
                root.name("dear-mp");
                root.mixinStandardHelpOptions(true);
                root.versionProvider(new VersionProvider());
                root.addSubcommand(sub.name(), new CommandLine(instantiate(type)));
                return configure(new CommandLine(root));
            }
        }
        return commandLine();
    }

    private static Object instantiate(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the command " + type.getName(), e);
        }
    }

    private static CommandLine configure(CommandLine cl) {
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println(e instanceof org.dearmp.DearMpException ? e.getMessage() : "Error: " + e);
            return EXIT_USAGE;
        });
        return cl;
    }
}
