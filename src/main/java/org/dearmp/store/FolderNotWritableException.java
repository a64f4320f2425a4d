package org.dearmp.store;

import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A new file could not be made in a folder that is there: some file systems (/proc, say) answer
 * "no such file" for that, which would tell the user the folder is missing when it is only not
 * writable.
 */
final class FolderNotWritableException extends FileSystemException {
    FolderNotWritableException(String folder, NoSuchFileException cause) {
        super(folder);
        initCause(cause);
    }
}
