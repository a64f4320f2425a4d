package org.dearmp.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dearmp.core.Lazy;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.FileProblems;

/**
 * A set of loaded templates plus the problems of the files that could not be used. One bad file never
 * stops the others loading.
 *
 * <p>Bundled templates are listed in {@code templates/index.list} (one file name a line), because a
 * folder inside a jar cannot be listed reliably; a test keeps that list in step with the folder.
 */
public final class TemplateLibrary {

    /** Where the build copies the top-level {@code templates/} folder on the classpath. */
    public static final String BUNDLED_FOLDER = "/org/dearmp/templates/";
    public static final String INDEX_FILE = "index.list";
    /** Template files are plain text, so they open in any editor. */
    public static final String EXTENSION = ".txt";
    /** Bigger than any letter template: a guard against being handed the wrong file. */
    public static final long MAX_FILE_BYTES = TemplateFileCodec.MAX_FILE_BYTES;

    private final List<LetterTemplate> templates;
    private final List<TemplateProblem> problems;

    private TemplateLibrary(List<LetterTemplate> templates, List<TemplateProblem> problems) {
        this.templates = List.copyOf(templates);
        this.problems = List.copyOf(problems);
    }

    /** The templates that ship with the app, checked by {@code checker}. */
    public static TemplateLibrary bundled(TemplateChecker checker) {
        Loader loader = new Loader(checker);
        for (String fileName : bundledFileNames()) {
            try (InputStream in = TemplateLibrary.class.getResourceAsStream(BUNDLED_FOLDER + fileName)) {
                if (in == null) {
                    loader.problem(fileName, Messages.get("template.problem.bundledMissing", fileName));
                    continue;
                }
                loader.add(fileName, TemplateFileCodec.text(fileName, in.readNBytes((int) MAX_FILE_BYTES + 1)), true);
            } catch (TemplateException e) {
                loader.refused(e);
            } catch (IOException e) {
                loader.problem(fileName, Messages.get("template.problem.unreadable", fileName, FileProblems.why(e)));
            }
        }
        return loader.library();
    }

    /**
     * Both libraries' templates, {@code first}'s first. A template in {@code second} whose id is already
     * taken is left out and reported as a {@link ProblemKind#DUPLICATE_ID}, so the bundled ones can never be
     * shadowed by a file with the same id.
     */
    public static TemplateLibrary combined(TemplateLibrary first, TemplateLibrary second) {
        List<LetterTemplate> templates = new ArrayList<>(first.templates);
        List<TemplateProblem> problems = new ArrayList<>(first.problems);
        problems.addAll(second.problems);
        Set<String> ids = new HashSet<>();
        first.templates.forEach(t -> ids.add(t.id()));
        for (LetterTemplate template : second.templates) {
            if (ids.add(template.id())) {
                templates.add(template);
            } else {
                problems.add(new TemplateProblem(template.location(), template.bodyFirstLine() > 1 ? 2 : 1, 1,
                        ProblemKind.DUPLICATE_ID, Messages.get("template.problem.duplicateId", template.id())));
            }
        }
        return new TemplateLibrary(templates, problems);
    }

    /** The file names listed in the bundled index, in their listed order. */
    public static List<String> bundledFileNames() {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(BUNDLED_FOLDER + INDEX_FILE)) {
            if (in == null) {
                throw new DearMpException(Messages.get("template.noBundledIndex"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.noBundledIndex"), e);
        }
    }

    /** Every {@code *.txt} file in a folder (not its sub-folders), in name order. A missing folder is empty. */
    public static TemplateLibrary folder(Path folder, TemplateChecker checker) {
        Loader loader = new Loader(checker);
        if (!Files.isDirectory(folder)) {
            return loader.library();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.folderUnreadable", folder), e);
        }
        for (Path file : files) {
            String name = file.toString();
            try {
                loader.add(name, TemplateFileCodec.read(file, name), false);
            } catch (TemplateException e) {
                loader.refused(e);
            } catch (IOException e) {
                loader.problem(name, Messages.get("template.problem.unreadable", name, FileProblems.why(e)));
            }
        }
        return loader.library();
    }

    /** Reads and checks one file; throws when it has errors. */
    public static LetterTemplate load(Path file, TemplateChecker checker) {
        try {
            String text = TemplateFileCodec.read(file, file.toString());
            TemplateChecker.Result result = checker.check(text, file.toString(), false);
            return result.template().orElseThrow(() -> new TemplateException(result.errors()));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.problem.unreadable", file, FileProblems.why(e)), e);
        }
    }

    public List<LetterTemplate> templates() {
        return templates;
    }

    /** Errors of files that did not load, and warnings of those that did. */
    public List<TemplateProblem> problems() {
        return problems;
    }

    public Optional<LetterTemplate> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template with this id, or an error naming the ids there are. */
    public LetterTemplate require(String id) {
        return find(id).orElseThrow(() -> new DearMpException(Messages.get("template.unknownId", id,
                String.join(", ", templates.stream().map(LetterTemplate::id).toList()))));
    }

    /** Collects templates and problems, refusing a second template with an id already loaded. */
    private static final class Loader {
        private final TemplateChecker checker;
        private final List<LetterTemplate> templates = new ArrayList<>();
        private final List<TemplateProblem> problems = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Loader(TemplateChecker checker) {
            this.checker = checker;
        }

        void add(String name, String text, boolean bundled) {
            TemplateChecker.Result result = checker.check(text, name, bundled);
            problems.addAll(result.problems());
            result.template().ifPresent(template -> {
                if (ids.add(template.id())) {
                    templates.add(template);
                } else {
                    problems.add(new TemplateProblem(name, TemplateFileCodec.idLine(text), 1, ProblemKind.DUPLICATE_ID,
                            Messages.get("template.problem.duplicateId", template.id())));
                }
            });
        }

        void refused(TemplateException e) {
            problems.addAll(e.problems());
        }

        void problem(String name, String message) {
            problems.add(new TemplateProblem(name, 1, 1, ProblemKind.BAD_HEADER, message));
        }

        TemplateLibrary library() {
            return new TemplateLibrary(templates, problems);
        }
    }
}
