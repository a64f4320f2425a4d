package org.dearmp.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether another Dear MP (the window, or a command line run beside it) has the data folder open, told by an
 * OS lock on {@value #FILE_NAME}: each run holds a shared lock for as long as it runs, and clearing what a
 * killed run left needs the exclusive one. So a start never removes the temporary file or the staged pack
 * import of a run that is still writing them, and a killed run holds nothing: the OS drops its lock.
 */
public final class DataFolderInUse implements AutoCloseable {
    /** An empty file: only the lock on it matters. */
    public static final String FILE_NAME = ".dear-mp-in-use.lock";

    /** What to run while no other run has the folder open. */
    @FunctionalInterface
    public interface Cleanup {
        void run() throws IOException;
    }

    private final FileChannel channel;
    private final boolean cleaned;

    private DataFolderInUse(FileChannel channel, boolean cleaned) {
        this.channel = channel;
        this.cleaned = cleaned;
    }

    /** Lets the folder go before the run ends (tests); a run otherwise holds it to its end. */
    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /** Whether the clean-up ran: no other run had the folder open. */
    public boolean cleaned() {
        return cleaned;
    }

    /**
     * Runs {@code cleanup} if no other run has {@code root} open, then holds it open (shared) until this
     * object is dropped with the run (the lock lasts while its channel is open). A folder whose file system
     * cannot lock is cleaned as before: there is no telling, and one app at a time is the usual case.
     */
    public static DataFolderInUse cleanUpThenHold(Path root, Cleanup cleanup) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return new DataFolderInUse(null, false);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(root.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException cannotOpen) {
            cleanup.run();
            return new DataFolderInUse(null, true);
        }
        try {
            boolean cleaned = false;
            FileLock alone = channel.tryLock(0, Long.MAX_VALUE, false);
            if (alone != null) {
                try {
                    cleanup.run();
                    cleaned = true;
                } finally {
                    alone.release();
                }
            }
            // Shared from here on; should another start take the exclusive lock in the instant between, it
            // finds nothing of this run to clear yet, and this run waits only while it clears.
            channel.lock(0, Long.MAX_VALUE, true);
            return new DataFolderInUse(channel, cleaned);
        } catch (OverlappingFileLockException sameJvm) {
            // Another root of this JVM holds the folder (tests make several): it is in use, so nothing is cleared.
            channel.close();
            return new DataFolderInUse(null, false);
        } catch (IOException cannotLock) {
            channel.close();
            cleanup.run();
            return new DataFolderInUse(null, true);
        }
    }
}
