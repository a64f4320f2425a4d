package org.dearmp.template.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a pack file is called. Packs are written as {@code .dearmp} (a zip inside) so that opening one opens
 * Dear MP's import; {@code .zip}, the name packs had before, still imports.
 */
public final class PackFileNames {
    /** The extension a pack is written with, without the dot. */
    public static final String EXTENSION = "dearmp";
    /** Every extension a pack may have, the one written first. */
    public static final List<String> EXTENSIONS = List.of(EXTENSION, "zip");

    private PackFileNames() {
    }

    /** True when {@code name} ends with one of the pack extensions, in any case. */
    public static boolean hasPackExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(extension -> lower.endsWith("." + extension)
                && lower.length() > extension.length() + 1);
    }

    /** True when {@code file} is a pack the app can be asked to open: an existing regular file with a pack name. */
    public static boolean isPackFile(Path file) {
        Path name = file.getFileName();
        return name != null && hasPackExtension(name.toString()) && Files.isRegularFile(file);
    }

    /** The name a new pack of {@code base} is offered under, e.g. {@code stronger-laws.dearmp}. */
    public static String forNewPack(String base) {
        return base + "." + EXTENSION;
    }

    /**
     * Where a pack chosen in a save dialog is written: as chosen when the name already says it is a pack,
     * otherwise with {@code .dearmp} added (a file dialog does not always add it), so it opens in Dear MP.
     */
    public static Path forSaving(Path chosen) {
        Path name = chosen.getFileName();
        if (name == null || hasPackExtension(name.toString())) {
            return chosen;
        }
        return chosen.resolveSibling(forNewPack(name.toString()));
    }
}
