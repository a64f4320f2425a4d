package org.dearmp.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dearmp.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;

/**
 * Batch letters in three calls, for the command line and the app alike: open a supporters file,
 * check it, write the letters. Holds the data both need (lookup, MPs, templates), loaded once.
 */
public final class BatchService {

    private final PostcodeLookup lookup;
    private final Parliament parliament;
    private final TemplateLibrary templates;
    private final HexMap map;

    public BatchService(PostcodeLookup lookup, Parliament parliament, TemplateLibrary templates, HexMap map) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.parliament = Objects.requireNonNull(parliament, "parliament");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.map = Objects.requireNonNull(map, "map");
    }

    /** Everything bundled with the app, and the MP list in use (an imported newer one if there is one). */
    public static BatchService bundled() {
        Parliament parliament = ParliamentRepository.inDefaultFolder().current();
        LookupService lookup = LookupService.bundled(parliament);
        return new BatchService(lookup::lookup, parliament, TemplateLibrary.bundled(), HexMap.bundled());
    }

    public Parliament parliament() {
        return parliament;
    }

    public List<LetterTemplate> templates() {
        return templates.templates();
    }

    /** A bundled template by id, or a template file by path (a campaign's own). */
    public LetterTemplate template(String idOrFile) {
        var bundled = templates.find(idOrFile);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        Path file = Path.of(idOrFile);
        if (Files.isRegularFile(file)) {
            return TemplateLibrary.load(file, new TemplateChecker());
        }
        throw new DearMpException(Messages.get("batch.template.unknown", idOrFile,
                String.join(", ", templates.templates().stream().map(LetterTemplate::id).toList())));
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
        return new BatchRunner(new TemplateLetters(template), new ExportLetterFiles(duplex), map)
                .run(plan, settings, listener);
    }
}
