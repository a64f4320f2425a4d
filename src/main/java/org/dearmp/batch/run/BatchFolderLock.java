package org.dearmp.batch.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/**
 * One run at a time in a batch folder: two runs into one folder would each write every letter. An
 * operating-system lock on a small hidden file, so a run killed without closing it (power cut, kill -9)
 * leaves no lock behind; the file itself is removed when the run ends.
 */
final class BatchFolderLock implements AutoCloseable {

    static final String FILE_NAME = ".dear-mp-batch.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private BatchFolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder for this run, or says it is in use by another. */
    static BatchFolderLock take(Path outDir) throws IOException {
        return take(outDir, "batch.run.inUse");
    }

    /**
     * Takes the folder, or refuses with the message {@code busyKey} (given the folder), which says in the
     * taker's own words what is refused: a run, or an import of replies.
     */
    static BatchFolderLock take(Path outDir, String busyKey) throws IOException {
        Path file = outDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this same program (a second batch window)
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new DearMpException(Messages.get(busyKey, outDir));
        }
        return new BatchFolderLock(file, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
