package org.dearmp.cli;

import org.dearmp.store.FileProblems;
import org.dearmp.store.UserFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dearmp.i18n.Messages;
import org.dearmp.app.AppContext;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dear-mp template ...}: work on template files (see also {@code dear-mp templates}, which lists them). */
@Command(name = "template", mixinStandardHelpOptions = true,
        subcommands = {TemplateCommand.Check.class, TemplateImportCommand.class, TemplateExportCommand.class})
public final class TemplateCommand implements Runnable {

    /** Some file has an error: not to be used for letters yet. */
    public static final int EXIT_PROBLEMS = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code dear-mp template check FILE...}: the same checks as the app and its editor, printed one problem a
     * line as {@code FILE:LINE:COLUMN: KIND: message} for scripts and CI. Exit 0 when no file has an error
     * (warnings are printed but pass, unless {@code --strict}), 1 when one has, 2 when a file cannot be read.
     */
    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        private final AppContext context;

        Check(AppContext context) {
            this.context = context;
        }

        @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
        List<Path> files;

        @Option(names = "--strict")
        boolean strict;

        @Option(names = {"-q", "--quiet"})
        boolean quiet;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            TemplateChecker checker = context.templateChecker();
            int unreadable = 0;
            int errors = 0;
            int warnings = 0;
            Map<String, String> firstFileById = new HashMap<>();
            for (Path file : files) {
                String name = file.toString();
                String text;
                try {
                    text = read(file);
                } catch (IOException e) {
                    err.println(Messages.get("template.check.unreadable", name, FileProblems.why(e)));
                    unreadable++;
                    continue;
                }
                List<TemplateProblem> problems = new ArrayList<>();
                if (text == null) {
                    problems.add(new TemplateProblem(name, 1, 1, ProblemKind.BAD_HEADER,
                            Messages.get("template.problem.notUtf8")));
                } else {
                    TemplateChecker.Result result = checker.check(text, name, false);
                    problems.addAll(result.problems());
                    result.template().map(LetterTemplate::id).ifPresent(id -> {
                        String first = firstFileById.putIfAbsent(id, name);
                        if (first != null) {
                            problems.add(new TemplateProblem(name, TemplateFileCodec.idLine(text), 1, ProblemKind.DUPLICATE_ID,
                                    Messages.get("template.check.duplicateId", id, first)));
                        }
                    });
                }
                for (TemplateProblem problem : problems) {
                    out.println(format(problem));
                    if (problem.isError()) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
            if (!quiet) {
                err.println(summary(files.size() - unreadable, unreadable, errors, warnings));
            }
            if (unreadable > 0) {
                return DearMpCommand.EXIT_USAGE;
            }
            return errors > 0 || (strict && warnings > 0) ? EXIT_PROBLEMS : DearMpCommand.EXIT_OK;
        }

        /** A file that could not be read is not "no errors": the summary says what was not checked. */
        private static String summary(int checked, int unreadable, int errors, int warnings) {
            if (unreadable == 0) {
                return Messages.get("template.check.summary", checked, errors, warnings);
            }
            if (checked == 0) {
                return Messages.get("template.check.summaryNoneRead", unreadable);
            }
            return Messages.get("template.check.summarySomeUnread", unreadable, checked, errors, warnings);
        }

        /** "stronger-laws.txt:12:5: UNKNOWN_PLACEHOLDER: ..." as compilers print, with the kind for grep. */
        static String format(TemplateProblem problem) {
            return problem.file() + ":" + problem.line() + ":" + problem.column() + ": " + problem.kind().name()
                    + ": " + problem.message();
        }

        /** The text, or null when it is not UTF-8. */
        private static String read(Path file) throws IOException {
            return TemplateFileCodec.decode(UserFiles.readAll(file, TemplateLibrary.MAX_FILE_BYTES,
                    Messages.get("template.file.what"))).orElse(null);
        }
    }
}
