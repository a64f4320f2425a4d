package org.dearmp.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePackWriter;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.template.user.UserTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dear-mp template export ID... --out FILE}: the Templates screen's "Share", for scripts. Every id is
 * looked up before anything is written, so one unknown id (or a draft with errors) writes no pack at all
 * rather than a pack short of a template. The pack goes through {@link TemplatePackWriter}, so through
 * {@code AtomicFiles}: a link, a folder or a device at {@code --out} is refused and an older pack there
 * stays whole until the new one is complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class TemplateExportCommand implements Callable<Integer> {
    private final AppContext context;

    TemplateExportCommand(AppContext context) {
        this.context = context;
    }

    @Parameters(arity = "1..*", paramLabel = "ID", descriptionKey = "ids")
    List<String> ids;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--organisation", paramLabel = "NAME")
    String organisation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TemplateCatalog catalog = context.templates();
        List<PackedTemplate> packed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Optional<PackedTemplate> template = find(catalog, id);
            template.ifPresentOrElse(packed::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new DearMpException(Messages.get("cli.template.export.unknown", unknown.size(),
                    String.join(", ", unknown), known(catalog)));
        }
        refuseMissingFolder();
        String madeBy = organisation != null ? organisation : catalog.user().organisation().orElse("");
        PackManifest manifest = new TemplatePackWriter(context.clock(), PackLimits.DEFAULT).write(out, madeBy, packed);
        if (organisation != null) {
            catalog.user().rememberOrganisation(organisation);
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(Messages.get("cli.template.export.written", manifest.templates().size(), out,
                String.join(", ", packed.stream().map(PackedTemplate::id).toList())));
        return DearMpCommand.EXIT_OK;
    }

    /** The bundled template, or the user's own if it checks clean; a draft with errors is refused, not packed. */
    private static Optional<PackedTemplate> find(TemplateCatalog catalog, String id) {
        Optional<LetterTemplate> bundled = catalog.bundled().find(id);
        if (bundled.isPresent()) {
            return Optional.of(PackedTemplate.of(bundled.get(), TemplateFileCodec.write(bundled.get()), ""));
        }
        Optional<UserTemplate> own = catalog.user().exists(id) ? catalog.user().find(id) : Optional.empty();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        UserTemplate template = own.get();
        if (!template.usable()) {
            throw new DearMpException(Messages.get("template.pack.export.draft", id));
        }
        return Optional.of(PackedTemplate.of(template.template().orElseThrow(), template.text(), template.basedOn()));
    }

    private static String known(TemplateCatalog catalog) {
        List<String> ids = new ArrayList<>(catalog.bundled().templates().stream().map(LetterTemplate::id).toList());
        catalog.user().usable().forEach(t -> ids.add(t.id()));
        return String.join(", ", ids);
    }

    /** The writer makes missing folders; a typo in --out should be said, not become new folders. */
    private void refuseMissingFolder() {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            String why = Files.exists(folder) ? Messages.get("store.file.notAFolder")
                    : Messages.get("store.file.noFolder", folder);
            throw new DearMpException(Messages.get("template.pack.export.failed", out, why));
        }
    }
}
