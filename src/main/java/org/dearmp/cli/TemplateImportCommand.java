package org.dearmp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dearmp.app.AppContext;
import org.dearmp.core.UkDates;
import org.dearmp.i18n.Messages;
import org.dearmp.template.pack.PackManifest;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePackReader;
import org.dearmp.template.user.ImportPlan;
import org.dearmp.template.user.UserTemplate;
import org.dearmp.template.user.UserTemplateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dear-mp template import PACK}: the Templates screen's import, for scripts. The pack is read and
 * checked by the same reader and store as the app's (a pack that would replace a bundled template, or
 * holds a broken one, is refused whole); the user's own templates with the same id are kept unless
 * {@code --replace} says otherwise, as the app's "Only new ones" does. A refused pack is a
 * {@link org.dearmp.template.pack.PackException}, which the command line prints as it is, with exit 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class TemplateImportCommand implements Callable<Integer> {
    private final AppContext context;

    TemplateImportCommand(AppContext context) {
        this.context = context;
    }

    @Parameters(arity = "1", paramLabel = "PACK", descriptionKey = "pack")
    Path pack;

    @Option(names = "--replace")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        UserTemplateStore store = context.templates().user();
        ImportPlan plan = store.plan(new TemplatePackReader(context.templateChecker(), PackLimits.DEFAULT).read(pack),
                String.valueOf(pack.getFileName()));
        // Read before writing: once the pack is in, the user's old versions are gone.
        Map<String, String> oldVersions = new HashMap<>();
        for (String id : plan.replaced()) {
            oldVersions.put(id, store.find(id).flatMap(UserTemplate::template)
                    .map(t -> version(t.header().version())).orElse(Messages.get("cli.template.import.draftVersion")));
        }
        // Who made it and when, as the Templates screen shows before it imports.
        PackManifest manifest = plan.pack().manifest();
        String made = UkDates.dateAndTime(LocalDateTime.ofInstant(manifest.created(), context.clock().getZone()));
        out.println(manifest.organisation().isEmpty() ? Messages.get("cli.template.import.made", pack.getFileName(), made)
                : Messages.get("cli.template.import.madeBy", pack.getFileName(), manifest.organisation(), made));
        List<String> written = store.apply(plan, replace);
        int added = 0;
        int updated = 0;
        int skipped = 0;
        for (PackedTemplate template : plan.pack().templates()) {
            String id = template.id();
            String version = version(template.entry().version());
            if (plan.added().contains(id)) {
                out.println(Messages.get("cli.template.import.added", id, version, template.template().title()));
                added++;
            } else if (written.contains(id)) {
                out.println(Messages.get("cli.template.import.updated", id, version, oldVersions.get(id)));
                updated++;
            } else {
                out.println(Messages.get("cli.template.import.skipped", id, oldVersions.get(id), version));
                skipped++;
            }
        }
        out.println(Messages.get("cli.template.import.summary", added, updated, skipped, pack.getFileName()));
        return DearMpCommand.EXIT_OK;
    }

    private static String version(String version) {
        return version.isBlank() ? Messages.get("cli.template.import.noVersion") : version;
    }
}
