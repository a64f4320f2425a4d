package org.dearmp.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.core.DearMpException;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;
import org.dearmp.store.FileProblems;
import org.dearmp.userdata.SavedLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dear-mp letters reply ID --outcome ...}: what came back from the MP for one letter. */
@Command(name = "reply", mixinStandardHelpOptions = true, sortOptions = false)
final class LettersReplyCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME")
    String outcome;

    @Option(names = "--on", paramLabel = "DATE", converter = CliDates.class)
    LocalDate on;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--attach", paramLabel = "FILE")
    Path attach;

    LettersReplyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Outcome chosen = Outcome.parse(outcome).orElse(null);
        if (chosen == null) {
            spec.commandLine().getErr().println(Messages.get("cli.letters.badOutcome", outcome.strip(), Outcome.codes()));
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        if (attach != null && attach.toString().isBlank()) {
            spec.commandLine().getErr().println(Messages.get("cli.letters.attachEmpty"));
            return DearMpCommand.EXIT_INVALID_INPUT;
        }
        SavedLetter replied;
        org.dearmp.userdata.LetterHistory history = context.letterHistory();
        SavedLetter letter = history.find(id);
        String before = letter.reply() == null ? null : Messages.get(letter.reply().outcome().messageKey());
        try {
            replied = history.recordReply(letter.id(), chosen, on, note, attach);
        } catch (NoSuchFileException e) {
            throw new DearMpException(Messages.get("cli.letters.noAttachment", attach), e);
        } catch (IOException e) {
            throw new DearMpException(Messages.get("cli.letters.attachFailed", attach, FileProblems.why(e)), e);
        }
        spec.commandLine().getOut().println(Messages.get("cli.letters.recorded", replied.mpName(),
                org.dearmp.core.UkDates.date(replied.sent().on()), Messages.get(chosen.messageKey())));
        if (before != null) {
            spec.commandLine().getOut().println(Messages.get("cli.letters.replaced", before));
        }
        return DearMpCommand.EXIT_OK;
    }
}
