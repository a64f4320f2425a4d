package org.dearmp.export.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dearmp.core.Lazy;

/**
 * The fonts on this computer that can print what Liberation Serif cannot (Chinese, Arabic, Devanagari,
 * emoji...): found once per run, the first time a letter needs one, in the folders where fontconfig,
 * Windows and macOS keep fonts. Only TrueType outlines (.ttf, .otf with a glyf table, and the first
 * font of a .ttc collection) whose licence allows embedding are used, as only those can be cut down
 * and embedded here; CFF-outline OpenType (Noto CJK, say) is passed over.
 *
 * <p>For each character the fonts are tried in a fixed order: one named for the character's script
 * first (Noto Naskh Arabic for Arabic), serif before sans, then the general fallbacks (DejaVu, Droid
 * Sans Fallback for CJK, Symbola for emoji). A character's answer is remembered, so each is looked
 * up once; Latin letters never come here.
 */
final class FallbackFonts {

    private static final int MAX_DEPTH = 6;

    private static final Lazy<FallbackFonts> INSTALLED = Lazy.of(() -> new FallbackFonts(fontFolders()));

    private final List<Path> folders;
    private final Lazy<List<FallbackFace>> regular = Lazy.of(this::scan);
    private final Map<Path, Optional<FallbackFace>> byFile = new ConcurrentHashMap<>();
    /** By code point (negative for bold); the empty answer is kept too. */
    private final Map<Integer, Optional<FallbackFace>> byCodePoint = new ConcurrentHashMap<>();

    FallbackFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The fonts installed on this computer. */
    static FallbackFonts system() {
        return INSTALLED.get();
    }

    /** The face to print {@code cp} in, in the bold weight when the family has one; empty when no font has it. */
    Optional<FallbackFace> faceFor(int cp, boolean bold) {
        int key = bold ? -1 - cp : cp;
        Optional<FallbackFace> known = byCodePoint.get(key);
        if (known == null) {
            known = find(cp).map(face -> bold ? boldOf(face) : face);
            byCodePoint.put(key, known);
        }
        return known;
    }

    private Optional<FallbackFace> find(int cp) {
        List<FallbackFace> faces = faces();
        for (String hint : hints(cp)) {
            for (FallbackFace face : faces) {
                if (face.nameKey().contains(hint) && face.covers(cp) && face.usable()) {
                    return Optional.of(face);
                }
            }
        }
        for (FallbackFace face : faces) {
            if (face.covers(cp) && face.usable()) {
                return Optional.of(face);
            }
        }
        return Optional.empty();
    }

    /** Words in the file names of fonts likely to have {@code cp}, so most characters are found at once. */
    private static List<String> hints(int cp) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, HANGUL -> List.of("cjk", "fallback", "wqy", "hei", "song", "ming");
            case COMMON -> cp >= 0x2190 ? List.of("symbol", "emoji") : List.of();
            default -> List.of(script.name().replace("_", "").toLowerCase(Locale.ROOT));
        };
    }

    /** The bold file of the same family (Foo-Regular.ttf beside Foo-Bold.ttf), else the regular face itself. */
    private FallbackFace boldOf(FallbackFace face) {
        String name = face.file().getFileName().toString();
        String boldName = name.contains("-Regular.") ? name.replace("-Regular.", "-Bold.") : null;
        if (boldName == null) {
            return face;
        }
        Path bold = face.file().resolveSibling(boldName);
        return byFile.computeIfAbsent(bold, FallbackFace::open).filter(b -> b.coversAllOf(face) && b.usable())
                .orElse(face);
    }

    /** Every usable upright, regular-weight font, in the order they are tried. */
    private List<FallbackFace> faces() {
        return regular.get();
    }

    private List<FallbackFace> scan() {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
                walk.filter(p -> isCandidate(p.getFileName().toString())).forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // An unreadable folder has no fonts to offer; the others still count.
            }
        }
        files.sort(Comparator.comparingInt((Path p) -> rank(p.getFileName().toString()))
                .thenComparing(p -> p.getFileName().toString()));
        List<FallbackFace> faces = new ArrayList<>();
        for (Path file : files) {
            byFile.computeIfAbsent(file, FallbackFace::open).ifPresent(faces::add);
        }
        return List.copyOf(faces);
    }

    private static boolean isCandidate(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc"))) {
            return false;
        }
        for (String style : new String[] {"bold", "italic", "oblique", "light", "thin", "black", "medium",
                "semibold", "extrabold", "condensed", "mono"}) {
            if (name.contains(style)) {
                return false;
            }
        }
        return true;
    }

    /** Serif first, to sit with Liberation Serif; UI variants and the catch-all fonts last. */
    static int rank(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.contains("ui-") || name.contains("ui.")) {
            return 7;
        }
        if (name.startsWith("notoserif") || name.startsWith("notonaskh")) {
            return 0;
        }
        if (name.startsWith("notosans")) {
            return 1;
        }
        if (name.startsWith("noto")) {
            return 2;
        }
        if (name.startsWith("dejavuserif") || name.startsWith("freeserif")) {
            return 3;
        }
        if (name.startsWith("dejavusans") || name.startsWith("freesans")) {
            return 4;
        }
        if (name.contains("fallback") || name.contains("wqy") || name.contains("symbola")) {
            return 6;
        }
        return 5;
    }

    /** Where fonts live: fontconfig's usual folders, then those of macOS and Windows. */
    static List<Path> fontFolders() {
        List<Path> folders = new ArrayList<>();
        String home = java.lang.System.getProperty("user.home", "");
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        if (!home.isEmpty()) {
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        }
        folders.add(Path.of("/System/Library/Fonts"));
        folders.add(Path.of("/Library/Fonts"));
        String windows = java.lang.System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        String local = java.lang.System.getenv("LOCALAPPDATA");
        if (local != null) {
            folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return folders;
    }
}
