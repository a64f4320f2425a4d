package org.dearmp.cli;

import org.dearmp.app.AppContext;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.userdata.SettingsStore;
import org.dearmp.store.FileProblems;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dear-mp}: the command line. Each job is a subcommand. */
@Command(name = "dear-mp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {
            CommandLine.HelpCommand.class,
            LookupCommand.class,
            BenchCommand.class,
            TemplatesCommand.class,
            TemplateCommand.class,
            AboutCommand.class,
            MpsCommand.class,
            LetterCommand.class,
            LettersCommand.class,
            BatchCommand.class,
            CampaignCommand.class,
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

    /** SLF4J simple logger's settings; read once, when the first logger is made. */
    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";
    static final String VERBOSE = "--verbose";
    static final String LANGUAGE = "--language";
    private static final String LANGUAGE_LABEL = "cy|en";
    /**
     * The help's texts (descriptions, headings), read by picocli by its own keys: a bundle of their own beside the
     * messages, so picocli's unqualified look-ups ("verbose", "usage.synopsisHeading") meet only help texts.
     */
    static final String HELP_BUNDLE = "org.dearmp.cli.help";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Declared here for help and parsing; {@link #configureLogging} acts on it before any logger exists. */
    @CommandLine.Option(names = VERBOSE, scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    /**
     * Only on the root, before the job's name (a job may have a --language of its own): picocli sets it while
     * parsing, before the job's own options are read or any of its messages formatted.
     */
    @CommandLine.Option(names = LANGUAGE, paramLabel = LANGUAGE_LABEL)
    void language(String code) {
        // Picocli also calls this with the null default before parsing: that keeps the language already chosen.
        if (code != null) {
            useLanguage(spec.commandLine(), languageOrRefuse(spec.commandLine(), code));
        }
    }

    /** The subcommands get the context from the factory, {@link WithContext}; this one only prints usage. */
    private DearMpCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Every subcommand, each made with {@code context}. */
    public static CommandLine commandLine(AppContext context) {
        useDefaultLanguage(context);
        return configure(new CommandLine(new DearMpCommand(), new WithContext(context)), context.damagedFiles());
    }

    public static int run(AppContext context, String... args) {
        configureLogging(args);
        return commandLineFor(context, args).execute(args);
    }

    /**
     * No log lines on standard output or standard error unless {@code --verbose} asks for them (then
     * INFO and above, on standard error). Must run before the first logger is made: the simple
     * logger reads its level only then. An explicit {@code -Dorg.slf4j.simpleLogger.defaultLogLevel}
     * is kept when --verbose is not given.
     */
    static void configureLogging(String... args) {
        boolean verbose = false;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            verbose |= arg.equals(VERBOSE);
        }
        if (verbose) {
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        } else if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "off");
        }
        System.setProperty(LOG_FILE_PROPERTY, "System.err");
    }

    /**
     * The command line for one run. When the first argument (after the root's options) names a subcommand, only that one is
     * built: picocli inspects every subcommand's fields reflectively, loading the classes they use,
     * which would cost a one-shot run such as {@code dear-mp lookup SW1A 0AA} hundreds of milliseconds.
     * Anything else (no arguments, {@code --help}, a typo) gets the full command line.
     */
    static CommandLine commandLineFor(AppContext context, String... args) {
        useDefaultLanguage(context);
        String job = jobName(args);
        if (job == null) {
            return commandLine(context);
        }
        WithContext factory = new WithContext(context);
        for (Class<?> type : DearMpCommand.class.getAnnotation(Command.class).subcommands()) {
            Command sub = type.getAnnotation(Command.class);
            if (sub != null && !type.equals(CommandLine.HelpCommand.class)
                    && (sub.name().equals(job) || java.util.Arrays.asList(sub.aliases()).contains(job))) {
                CommandLine.Model.CommandSpec root = CommandLine.Model.CommandSpec.wrapWithoutInspection(
                        new DearMpCommand());
                root.name("dear-mp");
                root.mixinStandardHelpOptions(true);
                root.versionProvider(new VersionProvider());
                root.addOption(CommandLine.Model.OptionSpec.builder(VERBOSE).scopeType(CommandLine.ScopeType.INHERIT)
                        .build());
                CommandLine[] line = new CommandLine[1];
                root.addOption(CommandLine.Model.OptionSpec.builder(LANGUAGE).paramLabel(LANGUAGE_LABEL)
                        .type(String.class).setter(new CommandLine.Model.ISetter() {
                            @Override
                            public <T> T set(T value) {
                                if (value != null) {
                                    useLanguage(line[0], languageOrRefuse(line[0], (String) value));
                                }
                                return null;
                            }
                        }).build());
                root.addSubcommand(sub.name(), new CommandLine(factory.create(type), factory));
                line[0] = new CommandLine(root, factory);
                return configure(line[0], context.damagedFiles());
            }
        }
        return commandLine(context);
    }

    /** The first argument after the root's own options ({@code --language cy}, {@code --verbose}); null if none. */
    private static String jobName(String... args) {
        int i = 0;
        while (i < args.length && (args[i].equals(VERBOSE) || args[i].startsWith(LANGUAGE + "="))) {
            i++;
        }
        if (i < args.length && args[i].equals(LANGUAGE)) {
            return jobName(java.util.Arrays.copyOfRange(args, Math.min(i + 2, args.length), args.length));
        }
        return i < args.length ? args[i] : null;
    }

    /**
     * Every run starts in the language saved in the settings, else the system's, else English; {@code
     * --language} then overrides it while the arguments are parsed. Set each time, so one run's choice does not
     * carry over to the next in the same JVM (tests).
     */
    private static void useDefaultLanguage(AppContext context) {
        String saved = new SettingsStore(context.folder()).savedLanguage();
        Messages.use(Language.choose(null, saved, Locale.getDefault(Locale.Category.DISPLAY)));
    }

    /**
     * From now on the messages and the help of {@code root} and its jobs are in {@code language}. Picocli reads the
     * help's bundle only when it prints help, after parsing; so {@code --language}, set while parsing, is in time.
     */
    static void useLanguage(CommandLine root, Language language) {
        Messages.use(language);
        root.setResourceBundle(Messages.bundle(HELP_BUNDLE, language));
    }

    /** The language {@code code} names, or a usage error that says which two there are. */
    static Language languageOrRefuse(CommandLine line, String code) {
        return Language.ofCode(code).orElseThrow(() -> new PlainValueErrors.Refused(line,
                Messages.get("cli.language.bad", LANGUAGE, code)));
    }

    /**
     * Makes the commands: one with a constructor taking the {@link AppContext} gets the context, so every
     * command works on the same data folder, clock and loaded data; the rest are made as picocli makes them.
     */
    private static final class WithContext implements CommandLine.IFactory {
        private final AppContext context;
        private final CommandLine.IFactory plain = CommandLine.defaultFactory();

        WithContext(AppContext context) {
            this.context = java.util.Objects.requireNonNull(context, "context");
        }

        @Override
        public <K> K create(Class<K> type) {
            try {
                var constructor = type.getDeclaredConstructor(AppContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return createPlainly(type);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create the command " + type.getName(), e);
            }
        }

        private <K> K createPlainly(Class<K> type) {
            try {
                return plain.create(type);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create " + type.getName(), e);
            }
        }
    }

    /** What went wrong in the user's words: never an exception's class name or a stack trace. */
    static String userMessage(Exception e) {
        if (e instanceof org.dearmp.core.DearMpException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.InvalidPathException bad) {
            // A name typed as a plain String option (such as letter's --out) meets Path.of only once the command runs.
            return org.dearmp.i18n.Messages.get("cli.error.badPath", bad.getInput());
        }
        if (FileProblems.isFileProblem(e)) {
            return org.dearmp.i18n.Messages.get("cli.error.file", FileProblems.why(e));
        }
        return org.dearmp.i18n.Messages.get("cli.error.unexpected");
    }

    /** One line on standard error for the files set aside during the command, so they are not lost unseen. */
    static void reportSetAside(CommandLine cl, org.dearmp.store.DamagedFiles damaged) {
        java.util.List<java.nio.file.Path> setAside = damaged.takeUnreported();
        if (!setAside.isEmpty()) {
            cl.getErr().println(org.dearmp.i18n.Messages.get("cli.damaged", setAside.size(),
                    String.join(", ", setAside.stream().map(java.nio.file.Path::toString).toList())));
            cl.getErr().flush();
        }
    }

    /**
     * A PrintWriter never throws: a full disk or a closed pipe behind standard output only sets its error
     * flag. So once any command is done, the flag is read here, and output that did not arrive is a failure
     * said on standard error, never a quiet exit 0 after "Saved".
     */
    static int standardOutputChecked(CommandLine cl, int exitCode) {
        if (cl.getOut().checkError() || System.out.checkError()) {
            cl.getErr().println(org.dearmp.i18n.Messages.get("cli.error.standardOutput"));
            cl.getErr().flush();
            return exitCode == EXIT_OK ? EXIT_USAGE : exitCode;
        }
        return exitCode;
    }

    /** Every printed message goes through this: no control character from the input reaches the terminal. */
    public static java.io.Writer terminalSafe(java.io.Writer out) {
        return new TerminalSafeWriter(out);
    }

    static CommandLine configure(CommandLine cl) {
        return configure(cl, org.dearmp.store.DamagedFiles.leftInPlace());
    }

    /** @param damaged what the command's stores set aside is said once on standard error, however it ends */
    static CommandLine configure(CommandLine cl, org.dearmp.store.DamagedFiles damaged) {
        useLanguage(cl, Messages.language());
        cl.setOut(new PrintWriter(terminalSafe(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true));
        cl.setErr(new PrintWriter(terminalSafe(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8)), true));
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.setExecutionStrategy(parsed -> {
            int exitCode;
            try {
                exitCode = new CommandLine.RunLast().execute(parsed);
            } finally {
                reportSetAside(cl, damaged);
            }
            return standardOutputChecked(cl, exitCode);
        });
        cl.setParameterExceptionHandler(new PlainValueErrors(cl.getParameterExceptionHandler()));
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println(userMessage(e));
            org.slf4j.LoggerFactory.getLogger(DearMpCommand.class).info("The command stopped", e);
            return EXIT_USAGE;
        });
        return cl;
    }
}
