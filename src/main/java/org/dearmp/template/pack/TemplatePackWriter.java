package org.dearmp.template.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dearmp.core.AppInfo;
import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;
import org.dearmp.store.AtomicFiles;

/** Writes templates into one pack file: {@code manifest.json} first, then one {@code <id>.txt} per template. */
public final class TemplatePackWriter {

    private final Clock clock;
    private final PackLimits limits;

    public TemplatePackWriter(Clock clock, PackLimits limits) {
        this.clock = Objects.requireNonNull(clock);
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * Writes the pack atomically (a failure leaves any earlier file at {@code target} as it was).
     *
     * @return the manifest written
     */
    public PackManifest write(Path target, String organisation, List<PackedTemplate> templates) {
        if (templates.isEmpty()) {
            throw new DearMpException(Messages.get("template.pack.export.empty"));
        }
        if (templates.size() > limits.maxTemplates()) {
            throw new DearMpException(Messages.get("template.pack.export.tooMany", templates.size(),
                    limits.maxTemplates()));
        }
        Set<String> ids = new HashSet<>();
        for (PackedTemplate template : templates) {
            if (!ids.add(template.id())) {
                throw new DearMpException(Messages.get("template.pack.export.duplicateId", template.id()));
            }
        }
        PackManifest manifest = new PackManifest(PackManifest.FORMAT, organisation, clock.instant(),
                Messages.get("app.title") + " " + AppInfo.version(), templates.stream().map(PackedTemplate::entry).toList());
        FileTime time = FileTime.from(manifest.created());
        try {
            AtomicFiles.write(target, out -> {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                put(zip, PackManifest.FILE_NAME, ManifestJson.write(manifest), time);
                for (PackedTemplate template : templates) {
                    put(zip, template.entry().file(), template.text().getBytes(StandardCharsets.UTF_8), time);
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new DearMpException(Messages.get("template.pack.export.failed", target,
                    org.dearmp.store.FileProblems.why(e)), e);
        }
        return manifest;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
