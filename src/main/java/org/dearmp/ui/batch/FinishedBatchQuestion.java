package org.dearmp.ui.batch;

import java.nio.file.Path;
import java.util.Optional;
import org.dearmp.batch.run.BatchFolder;

/**
 * An output folder that already holds a finished batch: the organiser chooses to replace it (its
 * files, and only those, are cleared first) or to choose a new folder, asked again for as long as the
 * folder chosen holds one.
 */
final class FinishedBatchQuestion {

    /** What to do with a folder that holds a finished batch. */
    enum Answer { REPLACE, CHOOSE_NEW_FOLDER, CANCEL }

    /** The folder to write into, and whether the finished batch in it is to be cleared away first. */
    record Settled(Path folder, boolean replace) {
    }

    private FinishedBatchQuestion() {
    }

    /** Empty when the organiser cancelled: the folder stays as it was. */
    static Optional<Settled> settle(Path chosen, BatchFileChooser chooser) {
        Path folder = chosen;
        while (true) {
            BatchFolder.Earlier earlier = BatchFolder.inspect(folder);
            if (earlier.state() != BatchFolder.State.FINISHED) {
                return Optional.of(new Settled(folder, false));
            }
            switch (chooser.finishedBatchIn(folder, earlier.written())) {
                case REPLACE:
                    return Optional.of(new Settled(folder, true));
                case CHOOSE_NEW_FOLDER:
                    Optional<Path> other = chooser.chooseOutputFolder();
                    if (other.isEmpty()) {
                        return Optional.empty();
                    }
                    folder = other.get();
                    break;
                default:
                    return Optional.empty();
            }
        }
    }
}
