package org.dearmp.ui.batch;

import java.nio.file.Path;
import java.util.Optional;

/** The file dialogs of the batch screen. The app shows the system dialogs; tests answer themselves. */
public interface BatchFileChooser {

    /** A supporters file (CSV, TSV or text); empty when the user cancelled. */
    Optional<Path> openSupporters();

    /** The folder for the letters. */
    Optional<Path> chooseOutputFolder();

    /** A saved column mapping to load. */
    Optional<Path> openMapping();

    /** Where to save the column mapping. */
    Optional<Path> saveMapping();

    /**
     * The output folder chosen already holds a finished batch of {@code letters} letters: replace it, or
     * choose a new folder? Cancel unless a dialog asks.
     */
    default FinishedBatchQuestion.Answer finishedBatchIn(Path folder, int letters) {
        return FinishedBatchQuestion.Answer.CANCEL;
    }
}
