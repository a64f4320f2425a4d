package org.dearmp.ui.services;

import org.dearmp.ui.task.Progress;

/** Loads the domain (index, MP list, templates); slow enough that it runs off the FX thread. */
@FunctionalInterface
public interface ServicesLoader {
    Services load(Progress progress) throws Exception;
}
