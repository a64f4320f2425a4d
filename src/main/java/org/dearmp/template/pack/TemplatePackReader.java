package org.dearmp.template.pack;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dearmp.i18n.Messages;
import org.dearmp.store.RefusedFileException;
import org.dearmp.store.UserFiles;
import org.dearmp.template.TemplateChecker;
import org.dearmp.template.TemplateFileCodec;
import org.dearmp.template.TemplateHeader;
import org.dearmp.template.TemplateLibrary;
import org.dearmp.template.TemplateProblem;

/**
 * Reads a template pack from someone else's hands. Everything is unpacked into memory under
 * {@link PackLimits}, counting the bytes actually inflated; names are checked before anything is read;
 * every template is checked by the same {@link TemplateChecker} the app uses. Reading never writes a file:
 * a refused pack changes nothing.
 */
public final class TemplatePackReader {

    /** The only file names a pack may hold besides the manifest: a template id and ".txt". */
    private static final Pattern TEMPLATE_FILE = Pattern.compile(
            TemplateHeader.ID_PATTERN.pattern() + Pattern.quote(TemplateLibrary.EXTENSION));
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int PROBLEMS_SHOWN = 5;

    private final TemplateChecker checker;
    private final PackLimits limits;

    public TemplatePackReader(TemplateChecker checker, PackLimits limits) {
        this.checker = Objects.requireNonNull(checker);
        this.limits = Objects.requireNonNull(limits);
    }

    public TemplateChecker checker() {
        return checker;
    }

    /** The pack, read and checked in full; throws {@link PackException} with the reason otherwise. */
    public TemplatePack read(Path pack) {
        String name = String.valueOf(pack.getFileName());
        Map<String, byte[]> files = unpack(pack, name);
        byte[] manifestBytes = files.remove(PackManifest.FILE_NAME);
        if (manifestBytes == null) {
            throw PackException.refused(name, "template.pack.noManifest");
        }
        PackManifest manifest;
        try {
            manifest = ManifestJson.read(manifestBytes);
        } catch (ManifestJson.Invalid e) {
            throw PackException.refused(name, e.key, e.args);
        }
        if (manifest.templates().isEmpty()) {
            throw PackException.refused(name, "template.pack.empty");
        }
        Set<String> ids = new HashSet<>();
        for (PackEntry entry : manifest.templates()) {
            if (!ids.add(entry.id())) {
                throw PackException.refused(name, "template.pack.duplicateId", entry.id());
            }
            if (!entry.file().equals(PackEntry.fileNameFor(entry.id()))) {
                throw PackException.refused(name, "template.pack.fileNotId", entry.file(), entry.id());
            }
            if (!files.containsKey(entry.file())) {
                throw PackException.refused(name, "template.pack.missingFile", entry.file());
            }
        }
        Set<String> listed = manifest.templates().stream().map(PackEntry::file).collect(Collectors.toSet());
        for (String file : files.keySet()) {
            if (!listed.contains(file)) {
                throw PackException.refused(name, "template.pack.unlisted", file);
            }
        }
        List<PackedTemplate> templates = new ArrayList<>();
        for (PackEntry entry : manifest.templates()) {
            String text = decode(name, entry.file(), files.get(entry.file()));
            TemplateChecker.Result result = checker.check(text, entry.file(), false);
            if (result.template().isEmpty()) {
                List<TemplateProblem> errors = result.errors();
                String listing = errors.stream().limit(PROBLEMS_SHOWN).map(TemplateProblem::toString)
                        .collect(Collectors.joining("\n"));
                throw PackException.refused(name, "template.pack.brokenTemplate", entry.file(), errors.size(), listing);
            }
            if (!result.template().get().id().equals(entry.id())) {
                throw PackException.refused(name, "template.pack.idMismatch", entry.file(),
                        result.template().get().id(), entry.id());
            }
            templates.add(new PackedTemplate(entry, result.template().get(), text));
        }
        return new TemplatePack(manifest, templates);
    }

    private Map<String, byte[]> unpack(Path pack, String name) {
        InputStream in;
        try {
            in = UserFiles.open(pack, limits.maxPackBytes(), Messages.get("template.pack.what"));
        } catch (NoSuchFileException e) {
            throw new PackException(Messages.get("template.pack.notFound", pack), e);
        } catch (RefusedFileException e) {
            throw new PackException(Messages.get("template.pack.refused", name, e.getMessage()), e);
        } catch (IOException e) {
            throw PackException.refused(name, "template.pack.unreadable", org.dearmp.store.FileProblems.why(e));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (files.size() >= limits.maxEntries()) {
                    throw PackException.refused(name, "template.pack.tooManyFiles", limits.maxTemplates());
                }
                String entryName = entry.getName();
                checkName(name, entryName, entry.isDirectory());
                if (files.containsKey(entryName)) {
                    throw PackException.refused(name, "template.pack.duplicateFile", entryName);
                }
                byte[] content = readLimited(zip, limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                if (content == null) {
                    throw PackException.refused(name, "template.pack.entryTooBig", entryName,
                            limits.maxEntryBytes() / 1024);
                }
                total += content.length;
                files.put(entryName, content);
            }
        } catch (PackException e) {
            throw e;
        } catch (RefusedFileException e) {
            throw new PackException(Messages.get("template.pack.refused", name, e.getMessage()), e);
        } catch (TotalTooBig e) {
            throw PackException.refused(name, "template.pack.totalTooBig", limits.maxTotalBytes() / (1024 * 1024));
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: ZipInputStream's answer to an entry name that is not UTF-8.
            throw PackException.refused(name, "template.pack.notZip");
        }
        if (files.isEmpty()) {
            throw PackException.refused(name, "template.pack.notZip");
        }
        return files;
    }

    /** Refuses any name that is not "manifest.json" or "id.txt" at the top of the pack, saying what is wrong. */
    private static void checkName(String pack, String entryName, boolean directory) {
        if (entryName.indexOf('\\') >= 0) {
            throw PackException.refused(pack, "template.pack.backslash", entryName);
        }
        if (entryName.startsWith("/") || DRIVE.matcher(entryName).matches()) {
            throw PackException.refused(pack, "template.pack.absolutePath", entryName);
        }
        for (String segment : entryName.split("/", -1)) {
            if (segment.equals("..")) {
                throw PackException.refused(pack, "template.pack.traversal", entryName);
            }
        }
        if (directory || entryName.contains("/")) {
            throw PackException.refused(pack, "template.pack.folder", entryName);
        }
        if (!entryName.equals(PackManifest.FILE_NAME) && !TEMPLATE_FILE.matcher(entryName).matches()) {
            throw PackException.refused(pack, "template.pack.unexpectedFile", entryName);
        }
    }

    /** Thrown when the pack as a whole inflates past its limit. */
    private static final class TotalTooBig extends IOException {
        TotalTooBig() {
            super(null, null);
        }
    }

    /**
     * The entry's bytes, or null when it inflates past {@code maxBytes}. Reads at most one byte past the
     * limit, whatever the entry's header claims, so a zip bomb costs a few KB of work.
     */
    private static byte[] readLimited(InputStream in, long maxBytes, long totalLeft) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long count = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            count += read;
            if (count > maxBytes) {
                return null;
            }
            if (count > totalLeft) {
                throw new TotalTooBig();
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String decode(String pack, String file, byte[] bytes) {
        return TemplateFileCodec.decode(bytes)
                .orElseThrow(() -> PackException.refused(pack, "template.pack.notUtf8", file));
    }
}
