package org.dearmp.batch.run;

import org.dearmp.batch.BatchListener;
import org.dearmp.batch.check.BatchCheck;
import org.dearmp.batch.check.PostcodeLookup;
import org.dearmp.batch.input.ColumnMapping;
import org.dearmp.batch.input.SupporterFile;
import org.dearmp.batch.map.HexMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Parliament;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.user.TemplateCatalog;

/**
 * Batch letters in three calls, for the command line and the app alike: open a supporters file,
 * check it, write the letters. Holds the data both need (lookup, MPs, templates), loaded once.
 */
public final class BatchService {

    private final PostcodeLookup lookup;
    private final Parliament parliament;
    private final Supplier<List<LetterTemplate>> templates;
    private final Function<String, Optional<LetterTemplate>> findTemplate;
    private final HexMap map;
    /** Checks a template given as a file: the same checker as the templates'. */
    private final TemplateChecker fileChecker;
    private final Clock clock;

    /** @param clock dates the letters of a new run and the files written */
    public BatchService(PostcodeLookup lookup, Parliament parliament, TemplateLibrary templates, HexMap map,
                        Clock clock) {
        this(lookup, parliament, templates::templates, templates::find, map, new TemplateChecker(), clock);
    }

    /** With the templates letter writers choose from: the bundled ones and the user's own that check clean. */
    public BatchService(PostcodeLookup lookup, Parliament parliament, TemplateCatalog catalog, HexMap map,
                        Clock clock) {
        this(lookup, parliament, catalog::forLetterWriters, catalog::find, map, catalog.user().checker(), clock);
    }

    private BatchService(PostcodeLookup lookup, Parliament parliament, Supplier<List<LetterTemplate>> templates,
                         Function<String, Optional<LetterTemplate>> findTemplate, HexMap map,
                         TemplateChecker fileChecker, Clock clock) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.parliament = Objects.requireNonNull(parliament, "parliament");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.findTemplate = Objects.requireNonNull(findTemplate, "findTemplate");
        this.map = Objects.requireNonNull(map, "map");
        this.fileChecker = Objects.requireNonNull(fileChecker, "fileChecker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The clock a run's letters are dated by. */
    public Clock clock() {
        return clock;
    }

    /** Records an organiser's replies file into the finished batch in {@code folder}: see {@link ReplyImport}. */
    public ReplyImport.Result importReplies(Path folder, Path replies) {
        return ReplyImport.run(folder, replies, parliament, map, clock);
    }

    public Parliament parliament() {
        return parliament;
    }

    /** Read afresh each time, so a template just saved in the editor is offered. */
    public List<LetterTemplate> templates() {
        return templates.get();
    }

    /** A template by id (bundled, or saved in the template editor), or a template file by path. */
    public LetterTemplate template(String idOrFile) {
        var known = findTemplate.apply(idOrFile);
        if (known.isPresent()) {
            return known.get();
        }
        Path file = Path.of(idOrFile);
        if (Files.isRegularFile(file)) {
            return TemplateLibrary.load(file, fileChecker);
        }
        throw new DearMpException(Messages.get("batch.template.unknown", idOrFile,
                String.join(", ", templates().stream().map(LetterTemplate::id).toList())));
    }

    public SupporterFile open(Path file) {
        return SupporterFile.open(file);
    }

    public BatchCheck check(SupporterFile file, ColumnMapping mapping, BatchListener listener) {
        return BatchCheck.run(file, mapping, lookup, parliament, listener);
    }

    /**
     * The languages a batch from {@code template} can write in: its own, and those of the templates of its campaign
     * (a supporter who asks for another gets the template's own language).
     */
    public java.util.Set<org.dearmp.i18n.Language> languages(LetterTemplate template) {
        return new TemplateLetters(template, templates()).languages();
    }

    /** Writes every decided row's letter; the check must have no row left waiting for a decision. */
    public BatchResult write(BatchCheck check, LetterTemplate template, BatchSettings settings, boolean duplex,
                             BatchListener listener) {
        BatchPlan plan = BatchPlan.of(check, template.id(), settings.senderOrg());
        // A supporter whose language column asks for Welsh (or English) gets the campaign's template in it.
        return new BatchRunner(new TemplateLetters(template, templates()), new ExportLetterFiles(duplex, clock), map)
                .run(plan, settings, listener);
    }
}
