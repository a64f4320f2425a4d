package org.dearmp.template.user;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dearmp.store.AtomicFiles;

/**
 * A pack import that leaves the user all of the pack's templates or none, even when the process is killed
 * half way. Every file is first written into a hidden staging folder beside the templates; then one atomic
 * write, the {@value #READY} mark, decides: from that moment the import counts as done. The files are moved
 * in after it (renames in one folder). A start that finds the staging folder finishes the moves when the mark
 * is there, and removes the folder when it is not, so a killed import is completed or undone, never half.
 */
final class StagedImport {
    /** Hidden, and not a template file name, so no listing of the user's templates ever sees it. */
    static final String STAGING = ".pack-import";
    static final String READY = "ready";

    private StagedImport() {
    }

    /**
     * Writes {@code files} (file name in the templates folder to its text) into the folder as one step.
     *
     * @throws IOException when a file could not be staged: then nothing of this import is in the folder. (Once
     *                     marked ready, a move that fails is finished by the next start.)
     */
    static void apply(Path folder, Map<String, String> files) throws IOException {
        finish(folder);
        Path staging = folder.resolve(STAGING);
        Files.createDirectories(staging);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                AtomicFiles.writeString(staging.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException | RuntimeException e) {
            removeStaging(staging);
            throw e;
        }
        AtomicFiles.writeString(staging.resolve(READY), "");
        moveIn(folder, staging);
    }

    /** What a killed import left: finished when it had been marked ready, undone when not. */
    static void finish(Path folder) throws IOException {
        Path staging = folder.resolve(STAGING);
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isRegularFile(staging.resolve(READY), LinkOption.NOFOLLOW_LINKS)) {
            moveIn(folder, staging);
        } else {
            removeStaging(staging);
        }
    }

    /** Each staged file into place, the mark last, so a kill during the moves is finished by the next start. */
    private static void moveIn(Path folder, Path staging) throws IOException {
        for (Path file : contents(staging)) {
            String name = file.getFileName().toString();
            if (name.equals(READY)) {
                continue;
            }
            if (AtomicFiles.isTemporaryName(name)) {
                Files.deleteIfExists(file);
                continue;
            }
            Path target = folder.resolve(name);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.deleteIfExists(staging.resolve(READY));
        Files.delete(staging);
    }

    private static void removeStaging(Path staging) throws IOException {
        for (Path file : contents(staging)) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(staging);
    }

    /** The ordinary files in the staging folder; anything else there (a link, a folder) is left alone. */
    private static List<Path> contents(Path staging) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(staging)) {
            for (Path file : listing) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
