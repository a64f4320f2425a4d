package org.dearmp.ui.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dearmp.batch.run.BatchFolder;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.DialogService.Role;

/**
 * An output folder that already holds a finished batch: the organiser chooses to replace it (its
 * files, and only those, are cleared first) or to choose a new folder, asked again for as long as the
 * folder chosen holds one.
 */
public final class FinishedBatchQuestion {

    /** What to do with a folder that holds a finished batch. */
    public enum Answer { REPLACE, CHOOSE_NEW_FOLDER, CANCEL }

    /** The folder to write into, and whether the finished batch in it is to be cleared away first. */
    record Settled(Path folder, boolean replace) {
    }

    private FinishedBatchQuestion() {
    }

    static Optional<Path> chooseFolder(DialogService dialogs) {
        return dialogs.chooseFolder(Messages.get("ui.batch.dialog.folder"));
    }

    /** Empty when the organiser cancelled: the folder stays as it was. */
    static Optional<Settled> settle(Path chosen, DialogService dialogs) {
        Path folder = chosen;
        while (true) {
            BatchFolder.Earlier earlier = BatchFolder.inspect(folder);
            if (earlier.state() != BatchFolder.State.FINISHED) {
                return Optional.of(new Settled(folder, false));
            }
            switch (ask(dialogs, folder, earlier.written())) {
                case REPLACE:
                    return Optional.of(new Settled(folder, true));
                case CHOOSE_NEW_FOLDER:
                    Optional<Path> other = chooseFolder(dialogs);
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

    /** The folder chosen already holds a finished batch of {@code letters} letters: replace it, or choose another? */
    public static Answer ask(DialogService dialogs, Path folder, int letters) {
        DialogService.Question question = new DialogService.Question("batch-finished",
                Messages.get("ui.batch.finished.title"), Messages.get("ui.batch.finished.header"),
                Messages.get("ui.batch.finished.message", folder, letters));
        // Replacing deletes files: it is never what Enter does without a thought.
        return dialogs.choose(question, List.of(
                new DialogService.Answer<>(Answer.REPLACE, "batch-finished-replace",
                        Messages.get("ui.batch.finished.replace"), Role.YES, false),
                new DialogService.Answer<>(Answer.CHOOSE_NEW_FOLDER, "batch-finished-other",
                        Messages.get("ui.batch.finished.other"), Role.OTHER, true),
                new DialogService.Answer<>(Answer.CANCEL, "batch-finished-cancel",
                        Messages.get("ui.dialog.cancel"), Role.NO, false))).orElse(Answer.CANCEL);
    }
}
