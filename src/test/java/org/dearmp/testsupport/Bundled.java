package org.dearmp.testsupport;

import java.time.Clock;
import org.dearmp.app.AppContext;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.postcode.NiSectorTable;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.template.TemplateChecker;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.user.TemplateCatalog;

/**
 * The data bundled with the app, for tests that need it without a whole {@code AppContext}. The app itself
 * gets all of this from its one composition root, {@code org.dearmp.app.AppContext}.
 */
public final class Bundled {
    private static volatile TemplateLibrary templates;

    private Bundled() {
    }

    /** The bundled templates with the basic checks (no page count); read once and shared by the tests. */
    public static TemplateLibrary templates() {
        TemplateLibrary library = templates;
        if (library == null) {
            library = TemplateLibrary.bundled(new TemplateChecker());
            templates = library;
        }
        return library;
    }

    /** The lookup over the bundled postcode data and the given MP list. */
    public static LookupService lookup(Parliament parliament) {
        return new LookupService(PostcodeIndex.loadBundled(), NiSectorTable::loadBundled, parliament);
    }

    /**
     * The catalog letter writers choose from in {@code data} (bundled templates plus the user's own that check
     * clean), checked by the composition root's one template checker, as the app checks them.
     */
    public static TemplateCatalog catalog(AppDataFolder data) {
        return AppContext.forFolder(data, Clock.systemUTC()).templates();
    }
}
