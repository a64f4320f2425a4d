package org.dearmp.cli;

import org.dearmp.store.FileProblems;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.run.BatchFolder;
import org.dearmp.batch.BatchListener;
import org.dearmp.batch.BatchProgress;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.app.AppContext;
import org.dearmp.batch.run.BatchService;
import org.dearmp.batch.run.BatchSettings;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.check.DefaultPolicy;
import org.dearmp.batch.check.RowIssue;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.i18n.Messages;
import org.dearmp.template.LetterTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dear-mp batch}: every supporter's letter to their own MP from one CSV. Prints the check
 * report (row, column, problem), progress, and a summary. Exit 0 when every row got a letter, 5
 * when some were skipped, 2 when the input cannot be used.
 */
@Command(name = "batch", mixinStandardHelpOptions = true)
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final AppContext context;

    BatchCommand(AppContext context) {
        this.context = context;
    }

    @Option(names = "--input", required = true, paramLabel = "FILE")
    Path input;

    @Option(names = "--template", required = true, paramLabel = "ID")
    String template;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--mapping", paramLabel = "FILE")
    Path mapping;

    @Option(names = "--save-mapping", paramLabel = "FILE")
    Path saveMapping;

    @Option(names = "--sender-org", paramLabel = "NAME")
    String senderOrg;

    @Option(names = "--on-problem", defaultValue = "skip", paramLabel = "POLICY")
    String onProblem;

    @Option(names = "--duplex")
    boolean duplex;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DefaultPolicy policy = switch (onProblem.toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> DefaultPolicy.SKIP;
            case "best-guess" -> DefaultPolicy.BEST_GUESS;
            default -> throw new org.dearmp.core.DearMpException(Messages.get("cli.batch.badPolicy", onProblem));
        };
        outFolderProblem().ifPresent(why -> {
            throw new org.dearmp.core.DearMpException(Messages.get("cli.batch.outFailed", this.out, why));
        });
        BatchService service = context.batch();
        LetterTemplate letterTemplate = service.template(template);
        SupporterFile file = service.open(input);
        out.println(Messages.get("cli.batch.file", input.getFileName(), file.encoding().charset().displayName(),
                separatorName(file.separator()), file.headers().size()));
        if (file.encoding().notice() != null) {
            err.println(file.encoding().notice());
        }
        ColumnMapping columns = mapping != null ? ColumnMapping.load(mapping) : ColumnMapping.autoDetect(file.headers());
        for (Map.Entry<SupporterField, String> e : columns.columns().entrySet()) {
            out.println(Messages.get("cli.batch.column", Messages.get("batch.field." + e.getKey().key()), e.getValue()));
        }
        if (!columns.pointColumns().isEmpty()) {
            out.println(Messages.get("cli.batch.column", Messages.get("batch.field.point"),
                    String.join(", ", columns.pointColumns())));
        }
        if (saveMapping != null) {
            try {
                columns.save(saveMapping);
            } catch (java.io.IOException e) {
                throw new org.dearmp.core.DearMpException(Messages.get("cli.batch.mappingNotSaved", saveMapping,
                        org.dearmp.store.FileProblems.why(e)), e);
            }
        }

        try (BatchCheck check = service.check(file, columns, BatchListener.NONE)) {
            int problems = 0;
            for (RowIssue issue : check.issues()) {
                String where = issue.column().isEmpty() ? Messages.get("cli.batch.row", issue.row())
                        : Messages.get("cli.batch.rowColumn", issue.row(), issue.column());
                out.println(where + ": " + issue.message());
                problems++;
            }
            check.applyDefault(policy);
            out.println(Messages.get("cli.batch.checked", check.size(), problems));
            String languageColumn = columns.header(SupporterField.LANGUAGE);
            if (languageColumn != null && service.languages(letterTemplate).size() < org.dearmp.i18n.Language.values().length) {
                // Said before writing: a Welsh row will get the template's own language, not a Welsh letter.
                out.println(Messages.get("cli.batch.oneLanguage", languageColumn, letterTemplate.id(),
                        letterTemplate.header().campaignId()));
            }

            prepareOutFolder();
            boolean finishedBefore = BatchFolder.inspect(out()).state() == BatchFolder.State.FINISHED;
            BatchSettings settings = BatchSettings.of(out(), letterTemplate.id(), senderOrg, LocalDate.now(service.clock()));
            BatchResult result;
            try {
                result = service.write(check, letterTemplate, settings, duplex, new PrintingListener(err));
            } catch (org.dearmp.core.DearMpException e) {
                if (!FileProblems.isFileProblem(e)) {
                    throw e;
                }
                throw new org.dearmp.core.DearMpException(Messages.get("cli.batch.outFailed", this.out,
                        FileProblems.why(e.getCause())), e);
            }
            printResult(out, result, finishedBefore && result.resumed() == result.written());
            return result.everyRowWritten() ? DearMpCommand.EXIT_OK : DearMpCommand.EXIT_SKIPPED;
        }
    }

    private Path out() {
        return out;
    }

    /** Said before any work, so a typo in --out is not found after checking thousands of rows. */
    private Optional<String> outFolderProblem() {
        Path folder = out.toAbsolutePath();
        if (Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (Files.exists(folder)) {
            return Optional.of(Messages.get("store.file.notAFolderItself"));
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return Optional.of(Files.exists(parent) ? Messages.get("store.file.notAFolder")
                    : Messages.get("store.file.noFolder", parent));
        }
        return Optional.empty();
    }

    /**
     * Makes the --out folder itself when it is not there yet, but never the folders above it: a typo
     * in the path is said rather than becoming a trail of new folders.
     */
    private void prepareOutFolder() {
        String why = outFolderProblem().orElse(null);
        if (why == null && !Files.isDirectory(out)) {
            try {
                Files.createDirectory(out);
            } catch (java.io.IOException e) {
                why = FileProblems.whyNotMade(out, e);
            }
        }
        if (why != null) {
            throw new org.dearmp.core.DearMpException(Messages.get("cli.batch.outFailed", out, why));
        }
    }

    static void printResult(PrintWriter out, BatchResult result) {
        printResult(out, result, false);
    }

    /** @param alreadyFinished the folder held this very batch, finished, so nothing new was written */
    static void printResult(PrintWriter out, BatchResult result, boolean alreadyFinished) {
        if (alreadyFinished) {
            out.println(Messages.get("cli.batch.alreadyFinished", result.written()));
        } else {
            out.println(Messages.get("cli.batch.done", result.written(), result.pdfOnly(), result.skipped(),
                    result.elapsed().toMillis() / 1000.0));
        }
        if (result.resumed() > 0 && !alreadyFinished) {
            out.println(Messages.get("cli.batch.resumed", result.resumed()));
        }
        if (result.nearCopies() > 0) {
            out.println(Messages.get("cli.batch.nearCopies", result.nearCopies()));
        }
        result.summary().byRegionNamed().forEach((region, n) -> out.println(Messages.get("cli.batch.byRegion", region, n)));
        result.summary().byParty().forEach((party, n) -> out.println(Messages.get("cli.batch.byParty", party, n)));
        out.println(Messages.get("cli.batch.seats", result.summary().byConstituency().size()));
        if (result.printFile() == null) {
            out.println(Messages.get("cli.batch.filesNoPrint", result.report()));
        } else if (result.printFiles().size() > 1) {
            List<Path> prints = result.printFiles();
            out.println(Messages.get("cli.batch.filesMany", prints.size(), prints.get(0), prints.get(prints.size() - 1),
                    result.report(), result.summaryFile(), result.map()));
        } else {
            out.println(Messages.get("cli.batch.files", result.printFile(), result.report(), result.summaryFile(), result.map()));
        }
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case '\t' -> Messages.get("cli.batch.tab");
            case ';' -> Messages.get("cli.batch.semicolon");
            default -> Messages.get("cli.batch.comma");
        };
    }

    /** A progress line on standard error every two seconds. */
    static final class PrintingListener implements BatchListener {
        private final PrintWriter err;
        private long lastPrinted;

        PrintingListener(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(BatchProgress progress) {
            long now = System.nanoTime();
            if (now - lastPrinted < 2_000_000_000L && progress.done() < progress.total()) {
                return;
            }
            lastPrinted = now;
            Duration left = progress.remaining();
            err.println(left == null ? Messages.get("cli.batch.progress", progress.done(), progress.total())
                    : Messages.get("cli.batch.progressLeft", progress.done(), progress.total(), Math.max(1, left.toSeconds())));
        }
    }
}
