package org.dearmp.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.dearmp.i18n.Messages;

/**
 * Why a file could not be read or written, in the user's words: "permission denied", "the disk is
 * read-only"... rather than an exception's name or a bare path (a {@link NoSuchFileException}'s message
 * is only the path).
 */
public final class FileProblems {
    private FileProblems() {
    }

    /** The plain reason for {@code e}, or for the first I/O problem among its causes. */
    public static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FolderNotWritableException) {
                return Messages.get("store.file.cannotWrite");
            }
            if (t instanceof RefusedFileException) {
                return t.getMessage();
            }
            if (t instanceof IOException io && !(t.getCause() instanceof IOException)) {
                return whyIo(io);
            }
            if (t instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
                return whyIo(unchecked.getCause());
            }
        }
        return e.getMessage() == null ? Messages.get("store.file.unknown") : e.getMessage();
    }

    /**
     * Why a new file or folder {@code made} could not be made. Some file systems (/proc) answer "no such
     * file" when the folder it goes in is there but takes no new entries: that is said as it is.
     */
    public static String whyNotMade(java.nio.file.Path made, IOException e) {
        java.nio.file.Path parent = made.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && parent != null && java.nio.file.Files.isDirectory(parent)) {
            return Messages.get("store.file.cannotWrite");
        }
        return why(e);
    }

    /** Whether {@code e} comes from reading or writing a file (an I/O problem among its causes). */
    public static boolean isFileProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String whyIo(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("store.file.noSuch");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("store.file.denied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Messages.get("store.file.exists");
        }
        if (e instanceof NotDirectoryException) {
            return Messages.get("store.file.notAFolder");
        }
        // A FileSystemException's message is its path; only its reason says why.
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (lower.contains("read-only")) {
            return Messages.get("store.file.readOnly");
        }
        if (lower.contains("is a directory")) {
            return Messages.get("store.file.isAFolder");
        }
        if (lower.contains("not a directory")) {
            return Messages.get("store.file.notAFolder");
        }
        if (lower.contains("no space")) {
            return Messages.get("store.file.full");
        }
        if (lower.contains("permission denied")) {
            return Messages.get("store.file.denied");
        }
        if (lower.contains("no such file")) {
            return Messages.get("store.file.noSuch");
        }
        return reason == null || reason.isBlank() ? Messages.get("store.file.unknown") : reason;
    }
}
