package org.dearmp.ui.batch;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.dearmp.batch.run.BatchResult;
import org.dearmp.i18n.Messages;
import org.dearmp.ui.desktop.DesktopActions.Opened;
import org.dearmp.ui.common.Status;
import org.dearmp.ui.task.BackgroundExecutor;

/**
 * "Open folder" and "Open print file" under the summary: asks the desktop, away from the FX thread (it
 * can be slow to start a file manager), and says where the file is when the desktop cannot open it.
 */
final class BatchOutputs {

    /** Opens a file or folder in the app the system has for it. */
    @FunctionalInterface
    interface Opener {
        Opened open(Path fileOrFolder);
    }

    private final Opener opener;
    private final BackgroundExecutor executor;
    private final Consumer<Status> status;

    BatchOutputs(Opener opener, BackgroundExecutor executor, Consumer<Status> status) {
        this.opener = opener;
        this.executor = executor;
        this.status = status;
    }

    void openFolder(BatchResult done) {
        if (done != null) {
            open(done.outDir(), "ui.batch.open.folderFailed");
        }
    }

    /** The print file; a large batch has one per group of seats, and then their folder is opened. */
    void openPrintFile(BatchResult done) {
        if (done != null && done.printFiles().size() > 1) {
            open(done.outDir(), "ui.batch.open.folderFailed");
        } else if (done != null && done.printFile() != null) {
            open(done.printFile(), "ui.batch.open.printFailed");
        }
    }

    private void open(Path target, String failedKey) {
        Path absolute = target.toAbsolutePath();
        executor.submit(progress -> opener.open(absolute), opened -> {
            if (opened != Opened.OPENED) {
                status.accept(Status.failure(Messages.get(failedKey, absolute)));
            }
        }, failure -> status.accept(Status.failure(Messages.get(failedKey, absolute))));
    }
}
