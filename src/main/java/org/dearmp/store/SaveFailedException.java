package org.dearmp.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.dearmp.i18n.Messages;

/**
 * A file could not be saved, said about the file the user chose ("Could not save x.pdf in /proc:
 * permission denied"), never about the temporary file it was written through. The system's own
 * exception is the cause, so {@link FileProblems#why} still finds the reason.
 */
public final class SaveFailedException extends FileSystemException {
    private final String userMessage;

    SaveFailedException(Path target, IOException cause) {
        super(target.toString(), null, FileProblems.why(cause));
        initCause(cause);
        Path name = target.getFileName();
        Path folder = target.toAbsolutePath().getParent();
        this.userMessage = Messages.get("store.file.saveFailed", name == null ? target : name,
                folder == null ? target : folder, getReason());
    }

    /** Plain words for the user; no temporary file name, no exception name. */
    @Override
    public String getMessage() {
        return userMessage;
    }
}
