package org.dearmp.batch.run;

import org.dearmp.batch.report.BatchManifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/**
 * What an output folder holds from an earlier batch, read from its manifest, and how to clear that
 * batch away: only the files the batch wrote (the letters its manifest lists, the print file, the
 * report, the summary, the map and the manifest itself), never anything else someone keeps there.
 */
public final class BatchFolder {

    /** The files every run writes beside the letters. */
    private static final List<String> RUN_FILES = List.of(BatchRunner.PRINT_FILE, BatchRunner.REPORT_FILE,
            BatchRunner.SUMMARY_FILE, BatchRunner.MAP_FILE, ReplyImport.RESPONSES_FILE, ReplyImport.RESPONSES_MAP_FILE);

    /** What the folder holds. */
    public enum State {
        /** No batch: a new or empty folder, or one with other things in it only. */
        NONE,
        /** A batch that was stopped before it finished (Cancel, a crash): writing the same batch again finishes it. */
        UNFINISHED,
        /** A batch whose every letter, report and summary were written. */
        FINISHED
    }

    /**
     * An earlier batch in a folder.
     *
     * @param letters the letters it planned
     * @param written the letters its manifest records as written
     */
    public record Earlier(State state, int letters, int written) {
        static final Earlier NONE = new Earlier(State.NONE, 0, 0);
    }

    /** What was cleared, and how many files were left because the batch had not written them. */
    public record Cleared(int removed, int keptOthers) {
    }

    private BatchFolder() {
    }

    /** Reads the folder's manifest, if it has one. Never throws: an unreadable manifest is no batch. */
    public static Earlier inspect(Path folder) {
        Optional<Manifest> manifest = read(folder);
        if (manifest.isEmpty()) {
            return Earlier.NONE;
        }
        Manifest m = manifest.get();
        java.util.BitSet rows = new java.util.BitSet();
        try {
            BatchManifest.forEachEntry(folder, entry -> rows.set(Math.max(0, entry.row())));
        } catch (IOException e) {
            return Earlier.NONE;
        }
        int written = rows.cardinality();
        boolean finished = written >= m.header.letters() && Files.isRegularFile(folder.resolve(BatchRunner.REPORT_FILE))
                && Files.isRegularFile(folder.resolve(BatchRunner.SUMMARY_FILE));
        return new Earlier(finished ? State.FINISHED : State.UNFINISHED, m.header.letters(), written);
    }

    /**
     * Refuses to mix {@code plan}'s letters into a folder holding another batch, saying truly whether
     * that batch is finished (to be replaced or left) or unfinished (to be finished with its own file).
     */
    static void refuseAnotherBatch(Path folder, BatchPlan plan) {
        Optional<Manifest> manifest = read(folder);
        if (manifest.isPresent() && !plan.isFingerprintOf(manifest.get().header().planHash())) {
            String key = inspect(folder).state() == State.FINISHED ? "batch.manifest.otherFinishedPlan"
                    : "batch.manifest.otherPlan";
            throw new DearMpException(Messages.get(key, folder));
        }
    }

    /**
     * Removes the batch in {@code folder}: each letter file its manifest lists (inside its letters folder
     * only), the files every run writes, half-written temporary files, then the manifest, last, so a
     * clear that is stopped can be run again. The letters folder goes if nothing else is left in it; the
     * folder itself stays. Does nothing to a folder without a manifest.
     */
    public static Cleared clear(Path folder) throws IOException {
        Optional<Manifest> manifest = read(folder);
        if (manifest.isEmpty()) {
            return new Cleared(0, 0);
        }
        Path letters = folder.resolve(BatchRunner.LETTERS_FOLDER);
        // A letters folder that is a link to somewhere else is not the folder the batch made: leave it.
        boolean ownLetters = Files.isDirectory(letters, LinkOption.NOFOLLOW_LINKS);
        int removed = 0;
        if (ownLetters) {
            int[] deleted = {0};
            try {
                deleteLetters(folder, letters, deleted);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            removed += deleted[0];
            removed += deleteParts(letters, ".*.part");
        }
        for (String name : RUN_FILES) {
            removed += deleteFile(folder.resolve(name)) ? 1 : 0;
            removed += deleteParts(folder, "." + name + ".*.part");
        }
        removed += deleteParts(folder, BatchRunner.PRINT_FILE_PARTS);
        removed += deleteParts(folder, "." + BatchRunner.PRINT_FILE_PARTS + ".*.part");
        removed += deleteFile(folder.resolve(BatchManifest.FILE_NAME)) ? 1 : 0;
        removed += deleteParts(folder, "." + BatchManifest.FILE_NAME + ".*.part");
        int others = 0;
        if (ownLetters) {
            try (var left = Files.list(letters)) {
                others = (int) left.count();
            }
            if (others == 0) {
                Files.delete(letters);
            }
        }
        return new Cleared(removed, others);
    }

    private static void deleteLetters(Path folder, Path letters, int[] deleted) throws IOException {
        BatchManifest.forEachEntry(folder, entry -> {
            for (String file : entry.files()) {
                Optional<Path> own = letterFile(letters, file);
                try {
                    if (own.isPresent() && deleteFile(own.get())) {
                        deleted[0]++;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    /** A file the manifest lists, when it is plainly inside the letters folder ("letters/NAME"): nothing else. */
    private static Optional<Path> letterFile(Path letters, String listed) {
        String prefix = BatchRunner.LETTERS_FOLDER + "/";
        if (!listed.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = listed.substring(prefix.length());
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path file = letters.resolve(name).normalize();
            return file.getParent() != null && file.getParent().equals(letters.normalize()) ? Optional.of(file)
                    : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Deletes a plain file (not a link, not a folder); true when it was there. */
    private static boolean deleteFile(Path file) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file);
    }

    private static int deleteParts(Path dir, String glob) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, glob)) {
            for (Path part : parts) {
                removed += deleteFile(part) ? 1 : 0;
            }
        }
        return removed;
    }

    /** The header alone: the letters are read a line at a time where they are needed. */
    private record Manifest(BatchManifest.Header header) {
    }

    private static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(BatchManifest.FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return BatchManifest.existingHeader(folder).map(Manifest::new);
    }
}
