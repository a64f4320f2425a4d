package org.dearmp.template.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dearmp.template.LetterTemplate;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.pack.PackLimits;
import org.dearmp.template.pack.PackedTemplate;
import org.dearmp.template.pack.TemplatePack;
import org.dearmp.template.pack.TemplatePackReader;

/**
 * Run in a child JVM by {@link PackImportKilledTest}: into data folder 1, 2, 3... under the folder given, first
 * saves an older version of each of the pack's templates, then imports the pack over them, and prints
 * {@code imported N} after each import, until killed.
 */
public final class PackImportingChild {
    static final String MARKER = "imported ";
    static final TemplateChecker CHECKER = new TemplateChecker();

    private PackImportingChild() {
    }

    static List<String> bundledIds() {
        return TemplateLibrary.bundled(CHECKER).templates().stream().map(LetterTemplate::id).toList();
    }

    /** What the user had before the import: the pack's text with one line changed. */
    static String older(PackedTemplate template) {
        return template.text().replaceFirst("\n", "\n# the older version\n");
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        TemplatePack pack = new TemplatePackReader(CHECKER, PackLimits.DEFAULT).read(Path.of(args[1]));
        List<String> bundled = bundledIds();
        for (int n = 1; ; n++) {
            Path folder = Files.createDirectories(work.resolve(Integer.toString(n))).resolve(UserTemplateStore.FOLDER);
            UserTemplateStore store = new UserTemplateStore(folder, CHECKER, bundled);
            for (PackedTemplate template : pack.templates()) {
                store.save(template.id(), older(template));
            }
            System.out.println("ready " + n);
            System.out.flush();
            store.apply(store.plan(pack, "pack"), true);
            System.out.println(MARKER + n);
            System.out.flush();
        }
    }
}
