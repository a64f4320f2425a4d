package org.dearmp.ui.services;

import java.nio.file.Path;

/** Imports a newer MP list (a DfE extract) so it is used from now on. Slow enough to run off the FX thread. */
@FunctionalInterface
public interface MpListImports {
    /**
     * @throws org.dearmp.core.DearMpException with what is wrong with the file, in words for the user; the list
     *         in use is then unchanged
     */
    MpListUpdate importList(Path file);
}
