package org.dearmp.ui;

import java.time.Clock;
import org.dearmp.DearMpException;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.app.Services;
import org.dearmp.ui.app.ServicesLoader;
import org.dearmp.ui.task.Progress;

/** Loads the real domain: the bundled MP list, the postcode index, the templates. */
final class DomainServicesLoader implements ServicesLoader {
    DomainServicesLoader(AppDataFolder folder, Clock clock) {
    }

    @Override
    public Services load(Progress progress) {
        throw new DearMpException("The letter wizard is waiting for the lookup work.");
    }
}
