package org.dearmp.ui.services;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.dearmp.app.AppContext;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.ParliamentRepository;

/** Imports through the composition root's MP lists, as {@code dear-mp mps import} does, and rebuilds the lookup. */
public final class DomainMpListImports implements MpListImports {
    private final AppContext context;

    public DomainMpListImports(AppContext context) {
        this.context = context;
    }

    @Override
    public MpListUpdate importList(Path file) {
        // The command line takes --as-of for a file with no date in its name; the app has no such box, so it
        // says how to name the file instead of pointing at an option the user cannot give.
        if (ParliamentRepository.dateInName(file.getFileName().toString()).isEmpty()) {
            throw new DearMpException(Messages.get("ui.mpList.noDate", file.getFileName()));
        }
        LocalDate previous = context.parliament().dataAsOf();
        var imported = context.parliaments().importDfeExtract(file, Optional.empty(), LocalDate.now(context.clock()));
        // Made here, off the FX thread: the root rebuilds its lookup over the new list on first use.
        LookupService lookup = context.lookup();
        return new MpListUpdate(lookup.parliament(), DomainServicesLoader.lookupOver(lookup), previous,
                imported.changes());
    }
}
