package org.dearmp.ui;

import org.dearmp.DearMpException;
import org.dearmp.ui.app.Services;
import org.dearmp.ui.app.ServicesLoader;
import org.dearmp.ui.task.Progress;

/** Loads the real domain: the bundled MP list, the postcode index, the templates. */
final class DomainServicesLoader implements ServicesLoader {
    @Override
    public Services load(Progress progress) {
        throw new DearMpException("The letter wizard is waiting for the lookup and letter work.");
    }
}
