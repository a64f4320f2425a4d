package org.dearmp.userdata;

import org.dearmp.store.AppDataFolder;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * "Erase all my data": removes everything the app keeps in the user data folder: the unfinished letter
 * ({@code drafts/}), recent letters ({@code letters/}), the remembered name, address and settings
 * ({@code settings.json}), imported MP lists ({@code mp-lists/}) and saved templates ({@code templates/}),
 * and anything else found there. Campaign staff may keep their saved templates. Files the user saved
 * elsewhere (their PDFs) are theirs and stay.
 */
public final class UserDataEraser {
    /** Where the user's own templates live; the same folder as {@code UserTemplateStore.FOLDER}. */
    public static final String TEMPLATES = "templates";

    private UserDataEraser() {
    }

    public static void eraseAll(AppDataFolder folder) throws IOException {
        erase(folder, false);
    }

    /** Erases the data folder's contents; with {@code keepTemplates}, the saved templates stay as they are. */
    public static void erase(AppDataFolder folder, boolean keepTemplates) throws IOException {
        if (!Files.isDirectory(folder.root())) {
            return;
        }
        // A data folder that is a link to another folder (moved to another disk, say) is erased where the
        // data really is: walking the link itself would remove only the link and leave every file.
        Path root = folder.root().toRealPath();
        Path templates = root.resolve(TEMPLATES);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return keepTemplates && dir.equals(templates) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // Links are never followed: a link (to a folder or a file anywhere) is removed as the entry it is.
                // The one link kept is a templates folder that is a link, when the templates are to be kept.
                if (keepTemplates && file.equals(templates)) {
                    return FileVisitResult.CONTINUE;
                }
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** True when the user has saved or imported templates of their own, so keeping them is worth offering. */
    public static boolean hasSavedTemplates(AppDataFolder folder) {
        Path templates = folder.root().resolve(TEMPLATES);
        if (!Files.isDirectory(templates)) {
            return false;
        }
        try (Stream<Path> files = Files.list(templates)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".txt"));
        } catch (IOException e) {
            return true;
        }
    }
}
