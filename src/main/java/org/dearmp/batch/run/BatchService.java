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
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
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
    private final Clock clock;

    /** @param clock dates the letters of a new run and the files written */
    public BatchService(PostcodeLookup lookup, Parliament parliament, TemplateLibrary templates, HexMap map,
                        Clock clock) {
        this(lookup, parliament, templates::templates, templates::find, map, clock);
    }

    /** With the templates letter writers choose from: the bundled ones and the user's own that check clean. */
    public BatchService(PostcodeLookup lookup, Parliament parliament, TemplateCatalog catalog, HexMap map,
                        Clock clock) {
        this(lookup, parliament, catalog::forLetterWriters, catalog::find, map, clock);
    }

    private BatchService(PostcodeLookup lookup, Parliament parliament, Supplier<List<LetterTemplate>> templates,
                         Function<String, Optional<LetterTemplate>> findTemplate, HexMap map, Clock clock) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.parliament = Objects.requireNonNull(parliament, "parliament");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.findTemplate = Objects.requireNonNull(findTemplate, "findTemplate");
        this.map = Objects.requireNonNull(map, "map");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Everything bundled with the app, the templates saved in the template editor, and the MP list in
     * use (an imported newer one if there is one), all from the user's data folder.
     */
    public static BatchService bundled(Clock clock) {
        AppDataFolder data = AppDataFolder.resolveDefault();
        Parliament parliament = new ParliamentRepository(data).current();
        LookupService lookup = LookupService.bundled(parliament);
        return new BatchService(lookup::lookup, parliament, TemplateCatalog.in(data), HexMap.bundled(), clock);
    }

    /** As {@link #bundled(Clock)} on the computer's clock, for the batch window until it is handed one. */
    public static BatchService bundled() {
        return bundled(Clock.systemDefaultZone());
    }

    /** The clock a run's letters are dated by. */
    public Clock clock() {
        return clock;
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
            return TemplateLibrary.load(file, new TemplateChecker());
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

    /** Writes every decided row's letter; the check must have no row left waiting for a decision. */
    public BatchResult write(BatchCheck check, LetterTemplate template, BatchSettings settings, boolean duplex,
                             BatchListener listener) {
        BatchPlan plan = BatchPlan.of(check, template.id(), settings.senderOrg());
        return new BatchRunner(new TemplateLetters(template), new ExportLetterFiles(duplex, clock), map)
                .run(plan, settings, listener);
    }
}
