package org.dearmp.template.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AppDataFolder;
import org.dearmp.store.AtomicFiles;
import org.dearmp.store.DamagedFiles;
import org.dearmp.store.FileProblems;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.ProblemKind;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateException;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.TemplateHeader;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;
import org.dearmp.template.pack.PackException;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePack;

/**
 * The user's own templates: one {@code <id>.txt} file each in the data folder's {@code templates/}, in the
 * same format as the bundled ones, so they can also be opened in any text editor. A template with errors
 * is kept as a draft; only those that check clean reach letter writers (see {@link TemplateCatalog}).
 * Every write is atomic.
 */
public final class UserTemplateStore {

    public static final String FOLDER = "templates";

    private final Path folder;
    private final TemplateChecker checker;
    private final Set<String> bundledIds;
    private final Origins origins;
    private final Organisation organisation;

    /**
     * @param bundledIds ids the user cannot take: the bundled templates are read-only, and one id must mean
     *                   one template wherever letters are made
     */
    public UserTemplateStore(Path folder, TemplateChecker checker, Collection<String> bundledIds) {
        this(folder, checker, bundledIds, DamagedFiles.leftInPlace());
    }

    /** @param damaged where a side file ({@code origins.json}, {@code organisation.json}) that cannot be parsed is set aside */
    public UserTemplateStore(Path folder, TemplateChecker checker, Collection<String> bundledIds, DamagedFiles damaged) {
        this.folder = Objects.requireNonNull(folder);
        this.checker = Objects.requireNonNull(checker);
        this.bundledIds = Set.copyOf(bundledIds);
        this.origins = new Origins(folder.resolve(Origins.FILE_NAME), damaged);
        this.organisation = new Organisation(folder.resolve(Organisation.FILE_NAME), damaged);
    }

    public static UserTemplateStore in(AppDataFolder data, TemplateChecker checker, TemplateLibrary bundled,
                                       DamagedFiles damaged) {
        return new UserTemplateStore(data.root().resolve(FOLDER), checker,
                bundled.templates().stream().map(LetterTemplate::id).toList(), damaged);
    }

    public Path folder() {
        return folder;
    }

    public TemplateChecker checker() {
        return checker;
    }

    /** Every saved template, drafts included, by title. A file that cannot be read is skipped and logged. */
    public List<UserTemplate> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(this::isTemplateFile).sorted().toList();
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.folderUnreadable", folder), e);
        }
        List<UserTemplate> templates = new ArrayList<>();
        for (Path file : files) {
            read(file).ifPresent(templates::add);
        }
        templates.sort(Comparator.comparing(UserTemplate::id));
        return List.copyOf(templates);
    }

    /** The templates letter writers may use: those with no errors. */
    public List<LetterTemplate> usable() {
        return list().stream().filter(UserTemplate::usable).map(t -> t.template().orElseThrow()).toList();
    }

    public Optional<UserTemplate> find(String id) {
        Path file = fileFor(id);
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    public boolean exists(String id) {
        return TemplateHeader.ID_PATTERN.matcher(id).matches() && Files.isRegularFile(fileFor(id));
    }

    /**
     * Saves the text as the template {@code id}, whatever its problems (a draft is kept, not offered), and
     * returns it checked.
     */
    public UserTemplate save(String id, String text) {
        requireOwnId(id);
        write(fileFor(id), text);
        return read(fileFor(id)).orElseThrow();
    }

    public void delete(String id) {
        requireOwnId(id);
        try {
            Files.deleteIfExists(fileFor(id));
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.user.deleteFailed", id, e.getMessage()), e);
        }
        origins.forget(id);
    }

    /**
     * Copies a bundled template into the user's folder with a new id ("stronger-laws-copy", then "-copy-2"...)
     * and a title saying it is a copy, remembering where it came from for "compare". The copy is the user's:
     * its author is their {@link #organisation()} (blank while none is known), and it starts at version 1.
     */
    public UserTemplate duplicate(LetterTemplate original) {
        String id = freeId(original.id() + "-copy");
        TemplateHeader h = original.header();
        TemplateHeader header = new TemplateHeader(id, Messages.get("template.user.copyTitle", h.title()), h.summary(),
                h.subject(), h.ask(), h.prompts(), h.tags(), h.sources(), h.minOwnWords(), TemplateVersion.FIRST,
                organisation().orElse(""), h.askKind(), h.language(), h.campaign());
        String basedOn = original.bundled() ? original.id() : origins.get(original.id()).orElse("");
        write(fileFor(id), TemplateFileCodec.write(header, original.body()));
        if (!basedOn.isEmpty()) {
            origins.remember(id, basedOn);
        }
        return read(fileFor(id)).orElseThrow();
    }

    /** Reads the side files now (at start), so one that is damaged is set aside and said with the others. */
    public void readSideFiles() {
        origins.all();
        organisation.get();
    }

    /** The organisation the user makes templates for, as they last named it when sharing a pack. */
    public Optional<String> organisation() {
        return organisation.get();
    }

    /** Remembers the organisation the user gave (sharing a pack); a blank name changes nothing. */
    public void rememberOrganisation(String name) {
        organisation.remember(name);
    }

    /** The id of the bundled template this one was made from, if any. */
    public Optional<String> basedOn(String id) {
        return origins.get(id);
    }

    /** An id no template has yet, starting from {@code wanted}. */
    public String freeId(String wanted) {
        String base = wanted.length() > 56 ? wanted.substring(0, 56).replaceAll("-+$", "") : wanted;
        String id = base;
        for (int n = 2; bundledIds.contains(id) || Files.exists(fileFor(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * What importing the pack would add and replace. A pack that would overwrite a bundled template is
     * refused: nothing has been written when this throws.
     */
    public ImportPlan plan(TemplatePack pack, String packName) {
        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (PackedTemplate template : pack.templates()) {
            if (bundledIds.contains(template.id())) {
                throw new PackException(Messages.get("template.pack.refused", packName,
                        Messages.get("template.pack.bundledId", template.id())));
            }
            (exists(template.id()) ? replaced : added).add(template.id());
        }
        return new ImportPlan(pack, added, replaced);
    }

    /**
     * Writes the pack's templates. The user has seen the plan; with {@code replaceExisting} false the
     * templates they already have are left alone and only new ones are added.
     *
     * @return the ids written
     */
    public List<String> apply(ImportPlan plan, boolean replaceExisting) {
        // Every file the import changes, written as one step (StagedImport): all of the pack or none of it.
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> basedOn = origins.all();
        List<String> written = new ArrayList<>();
        for (PackedTemplate template : plan.pack().templates()) {
            boolean replacing = plan.replaced().contains(template.id());
            if (replacing && !replaceExisting) {
                continue;
            }
            files.put(fileFor(template.id()).getFileName().toString(), template.text());
            String bundledOrigin = template.entry().basedOn();
            if (bundledIds.contains(bundledOrigin)) {
                basedOn.put(template.id(), bundledOrigin);
            } else {
                basedOn.remove(template.id());
            }
            written.add(template.id());
        }
        if (!basedOn.equals(origins.all())) {
            files.put(Origins.FILE_NAME, Origins.text(basedOn));
        }
        if (organisation().isEmpty()) {
            Organisation.text(plan.pack().manifest().organisation())
                    .ifPresent(text -> files.put(Organisation.FILE_NAME, text));
        }
        try {
            StagedImport.apply(folder, files);
        } catch (IOException e) {
            throw saveFailed(folder, e);
        }
        return written;
    }

    /**
     * Finishes or undoes a pack import that a killed process left half done in {@code folder}, so the user
     * has all of that pack's templates or none. Run at start, before the templates are read.
     */
    public static void finishInterruptedImport(Path folder) throws IOException {
        StagedImport.finish(folder);
    }

    private Optional<UserTemplate> read(Path file) {
        String id = idOf(file);
        String name = file.getFileName().toString();
        String text;
        try {
            text = TemplateFileCodec.read(file, name);
        } catch (TemplateException e) {
            return Optional.of(new UserTemplate(id, file, "", Optional.empty(), e.problems(), origins.get(id).orElse("")));
        } catch (IOException e) {
            return Optional.of(unusable(id, file, "", Messages.get("template.problem.unreadable", file,
                    FileProblems.why(e))));
        }
        TemplateChecker.Result result = checker.check(text, name, false);
        List<TemplateProblem> extra = new ArrayList<>();
        result.template().filter(t -> !t.id().equals(id)).ifPresent(t -> extra.add(new TemplateProblem(name,
                TemplateFileCodec.idLine(text), 1, ProblemKind.BAD_HEADER, Messages.get("template.user.idNotFileName", t.id(), id))));
        if (bundledIds.contains(id)) {
            extra.add(new TemplateProblem(name, TemplateFileCodec.idLine(text), 1, ProblemKind.DUPLICATE_ID,
                    Messages.get("template.problem.duplicateId", id)));
        }
        return Optional.of(UserTemplate.of(id, file, text, result, extra, origins.get(id).orElse("")));
    }

    private UserTemplate unusable(String id, Path file, String text, String message) {
        return new UserTemplate(id, file, text, Optional.empty(), List.of(new TemplateProblem(
                file.getFileName().toString(), 1, 1, ProblemKind.BAD_HEADER, message)), origins.get(id).orElse(""));
    }

    private void write(Path file, String text) {
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw saveFailed(file, e);
        }
    }

    /** What to say when a file of the user's templates could not be written. */
    static DearMpException saveFailed(Path file, IOException e) {
        return new DearMpException(Messages.get("template.user.saveFailed", file, FileProblems.why(e)), e);
    }

    private void requireOwnId(String id) {
        if (!TemplateHeader.ID_PATTERN.matcher(id).matches()) {
            throw new DearMpException(Messages.get("template.problem.badId", id));
        }
        if (bundledIds.contains(id)) {
            throw new DearMpException(Messages.get("template.user.bundledReadOnly", id));
        }
    }

    private boolean isTemplateFile(Path file) {
        return TemplateHeader.ID_PATTERN.matcher(idOf(file)).matches()
                && file.getFileName().toString().endsWith(TemplateLibrary.EXTENSION) && Files.isRegularFile(file);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(TemplateLibrary.EXTENSION)
                ? name.substring(0, name.length() - TemplateLibrary.EXTENSION.length()) : name;
    }

    private Path fileFor(String id) {
        return folder.resolve(id + TemplateLibrary.EXTENSION);
    }
}
