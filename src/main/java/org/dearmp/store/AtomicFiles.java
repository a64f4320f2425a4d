package org.dearmp.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/** Writes that leave either the old file or the complete new one, never half of either. */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_ENDING = ".part";
    /**
     * The names {@link #write} gives its temporary files: a dot, the target's name, a dot, an unsigned long in
     * base 36 (1 to 13 characters) and {@code .part}. Only files named so are ever removed as leftovers.
     */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.part");

    private AtomicFiles() {
    }

    /** Whether a file name is one {@link #write} gives the temporary file it moves into place. */
    public static boolean isTemporaryName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    /**
     * Removes the temporary files a write of a process that was killed left in {@code dir} (not in its
     * sub-folders): the ordinary files named as {@link #write} names them, nothing else. A write still under
     * way in another process would lose its file, so the caller first makes sure none is ({@link DataFolderInUse}).
     *
     * @return how many were removed
     */
    public static int removeLeftoverTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TEMP_ENDING)) {
            for (Path file : files) {
                if (isTemporaryName(file.getFileName().toString())
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code target} through a temporary file in the same folder. Refuses, with a
     * {@link DearMpException} that says why, a target that is a link, a folder or a device or other
     * special file: moving the new file into place would replace the link or the device node itself.
     * Any other failure is a {@link SaveFailedException} about {@code target}, never the temporary file.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        refuseUnlessOrdinary(absolute);
        try {
            writeThroughTemp(absolute, dir, writer);
        } catch (SaveFailedException e) {
            throw e;
        } catch (IOException e) {
            throw new SaveFailedException(absolute, e);
        }
    }

    private static void writeThroughTemp(Path absolute, Path dir, Writer writer) throws IOException {
        // Checked first: createDirectories on an existing folder costs a failed mkdir and an exception,
        // and a batch writes thousands of files into one folder.
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        // Not Files.createTempFile: it makes the file owner-only, and a saved letter should get the
        // same permissions as any other file the user saves (the umask decides). The name need not be
        // secret, only unlikely to clash (CREATE_NEW refuses a clash), so no SecureRandom per file.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_ENDING);
        boolean moved = false;
        try {
            try (OutputStream out = create(temp, dir)) {
                writer.writeTo(out);
            }
            // Again just before the move: something may have taken the name while the file was written.
            refuseUnlessOrdinary(absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static OutputStream create(Path temp, Path dir) throws IOException {
        try {
            return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(dir)) {
                throw new FolderNotWritableException(dir.toString(), e);
            }
            throw e;
        }
    }

    /** Nothing there, or an ordinary file (not followed through a link): anything else is refused. */
    private static void refuseUnlessOrdinary(Path target) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException nothingThere) {
            return;
        }
        if (attributes.isSymbolicLink()) {
            throw new DearMpException(Messages.get("store.file.isLink", target));
        }
        if (attributes.isDirectory()) {
            throw new DearMpException(Messages.get("store.file.isFolderTarget", target));
        }
        if (!attributes.isRegularFile()) {
            throw new DearMpException(Messages.get("store.file.notOrdinary", target));
        }
    }
}
