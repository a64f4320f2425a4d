package org.dearmp.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.dearmp.i18n.Messages;

/**
 * Reading a file the user named (a template, a pack, a mapping, a supporters file, an MP list). A
 * name can point at anything: {@code /dev/zero} never ends, a pipe blocks until someone writes to it,
 * and a sparse file can claim terabytes. So every reader of such a file comes here: it must be an
 * ordinary file, no bigger than the reader's limit, and it is read no further than that limit even
 * if it grows while being read. A refusal is a {@link RefusedFileException} whose message is the
 * user's sentence; a missing file is still a {@link java.nio.file.NoSuchFileException}, which callers
 * already word as "there is no file".
 */
public final class UserFiles {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private UserFiles() {
    }

    /**
     * Refuses {@code file} unless it is an ordinary file (links followed) of at most {@code maxBytes}.
     *
     * @param what what the file should be, in the user's words ("a letter template"), for the message
     */
    public static void check(Path file, long maxBytes, String what) throws IOException {
        // Attributes only: opening a pipe to look at it would block until something writes to it.
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new RefusedFileException(Messages.get("store.read.isAFolder", file, what));
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedFileException(Messages.get("store.read.notAFile", file, what));
        }
        if (attributes.size() > maxBytes) {
            throw tooBig(file, maxBytes, what);
        }
    }

    /** The whole of {@code file}, after {@link #check}. */
    public static byte[] readAll(Path file, long maxBytes, String what) throws IOException {
        try (InputStream in = open(file, maxBytes, what)) {
            return in.readAllBytes();
        }
    }

    /** A stream over {@code file}, after {@link #check}, that fails rather than read past {@code maxBytes}. */
    public static InputStream open(Path file, long maxBytes, String what) throws IOException {
        check(file, maxBytes, what);
        return new Capped(Files.newInputStream(file), file, maxBytes, what);
    }

    /** "256 KB", "20 MB": the limit as a person reads it. */
    static String size(long bytes) {
        return bytes >= MB && bytes % MB == 0 ? Messages.get("store.read.megabytes", bytes / MB)
                : Messages.get("store.read.kilobytes", Math.max(1, bytes / KB));
    }

    private static RefusedFileException tooBig(Path file, long maxBytes, String what) {
        return new RefusedFileException(Messages.get("store.read.tooBig", file, size(maxBytes), what));
    }

    /** Counts what is read, so a file that grows after the check still stops at the limit. */
    private static final class Capped extends FilterInputStream {
        private final Path file;
        private final long maxBytes;
        private final String what;
        private long read;

        Capped(InputStream in, Path file, long maxBytes, String what) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw tooBig(file, maxBytes, what);
            }
        }
    }
}
