package org.dearmp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dearmp.i18n.Language;
import org.dearmp.i18n.Messages;
import org.dearmp.app.AppContext;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.user.TemplateCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dear-mp templates}: one template a line, the id first (so scripts can cut it), then the title
 * and the ask: the bundled templates, the user's own from the template editor, then {@code --dir}'s. Files that fail their check are named on stderr with their problems; the rest still list.
 */
@Command(name = "templates", mixinStandardHelpOptions = true)
public final class TemplatesCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "FOLDER")
    Path folder;

    @Option(names = "--language", paramLabel = "LANG")
    String language;

    @Spec
    CommandSpec spec;

    private final AppContext context;

    TemplatesCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Language> only = language == null ? Optional.empty()
                : Optional.of(Language.ofCode(language).orElseThrow(() -> new org.dearmp.core.DearMpException(
                        Messages.get("cli.templates.badLanguage", language.strip()))));
        TemplateCatalog catalog = context.templates();
        TemplateChecker checker = context.templateChecker();
        List<TemplateLibrary> libraries = new ArrayList<>();
        libraries.add(catalog.bundled());
        if (folder != null) {
            requireFolder("--dir", folder);
            libraries.add(TemplateLibrary.folder(folder, checker));
        }
        List<LetterTemplate> templates = new ArrayList<>(libraries.get(0).templates());
        // The user's own, saved in the template editor (only those that check clean), then --dir's.
        templates.addAll(catalog.user().usable());
        libraries.stream().skip(1).forEach(l -> templates.addAll(l.templates()));
        only.ifPresent(wanted -> templates.removeIf(t -> t.header().language() != wanted));
        int idWidth = templates.stream().mapToInt(t -> t.id().length()).max().orElse(0);
        for (LetterTemplate template : templates) {
            String id = String.format("%-" + idWidth + "s", template.id());
            out.println(Messages.get("cli.templates.line", id, template.title(), template.ask()));
        }
        List<TemplateProblem> errors = libraries.stream().flatMap(l -> l.problems().stream())
                .filter(TemplateProblem::isError).toList();
        errors.forEach(err::println);
        out.flush();
        err.flush();
        return DearMpCommand.EXIT_OK;
    }

    /** A library reads a missing folder as empty: a mistyped folder option should be said, not find nothing. */
    static void requireFolder(String option, Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new org.dearmp.core.DearMpException(Messages.get("cli.templates.notAFolder", option, folder,
                    Messages.get(java.nio.file.Files.exists(folder) ? "store.file.notAFolderItself" : "store.file.noSuch")));
        }
    }
}
