package org.dearmp.ui.services;

import java.util.List;
import org.dearmp.app.AppContext;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.Candidate;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Attributions;
import org.dearmp.parliament.Parliament;
import org.dearmp.postcode.PostcodeIndex;
import org.dearmp.template.user.TemplateCatalog;
import org.dearmp.ui.services.DataInfo;
import org.dearmp.ui.services.PostcodeLookup;
import org.dearmp.ui.services.Services;
import org.dearmp.ui.services.ServicesLoader;
import org.dearmp.ui.task.Progress;

/** Loads the real domain from the composition root: the MP list in use, the bundled postcode index, the templates. */
public final class DomainServicesLoader implements ServicesLoader {
    private static final int STEPS = 4;
    private final AppContext context;

    public DomainServicesLoader(AppContext context) {
        this.context = context;
    }

    @Override
    public Services load(Progress progress) {
        progress.update(0, STEPS, Messages.get("ui.startup.mps"));
        Parliament parliament = context.parliament();
        progress.update(1, STEPS, Messages.get("ui.startup.postcodes"));
        PostcodeIndex index = context.postcodeIndex();
        LookupService lookup = context.lookup();
        progress.update(2, STEPS, Messages.get("ui.startup.templates"));
        TemplateCatalog templates = context.templates();
        progress.update(3, STEPS, Messages.get("ui.startup.ready"));
        List<String> credits = Attributions.all().stream().map(a -> a.dataSet() + ": " + a.text()).toList();
        DataInfo info = new DataInfo(parliament.dataAsOf(), parliament.source(), Messages.get("ui.about.postcodeDate"),
                index.size(), credits);
        progress.update(STEPS, STEPS, Messages.get("ui.startup.ready"));
        return new Services(lookupOver(lookup), parliament, new DomainLetters(templates, context.clock()),
                new DomainExporter(context.pdfExporter(), context.clock()), info);
    }

    /** The wizard's port over the domain's lookup. */
    static PostcodeLookup lookupOver(LookupService lookup) {
        return new PostcodeLookup() {
            @Override
            public LookupResult lookup(String input) {
                return lookup.lookup(input);
            }

            @Override
            public List<Candidate> choices(LookupResult.Choose choose) {
                return lookup.choices(choose);
            }
        };
    }
}
